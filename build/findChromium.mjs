// Finds the Chromium the browser tests drive, or gets one, in this order:
//  1. $CASUSTAFEL_CHROMIUM;
//  2. Playwright's own installed browser (after `npx playwright install chromium`);
//  3. a system Chromium: /usr/bin/chromium, or `chromium` / `chromium-browser` on PATH.
// If none is there it tries to get one — Playwright's download where the internet allows, then
// Debian's `chromium` package when running as root on Debian — saying in one line what it does.
// Where neither works it returns null and a sentence naming the command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const require = createRequire(import.meta.url);

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightBrowser() {
  try {
    const { chromium } = require('playwright-core');
    const file = chromium.executablePath();
    return file && executable(file) ? file : null;
  } catch {
    return null;
  }
}

function systemBrowser() {
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const file = join(dir, name);
      if (dir && executable(file)) return file;
    }
  }
  return null;
}

export function findChromium() {
  const fromEnv = process.env.CASUSTAFEL_CHROMIUM;
  if (fromEnv) return executable(fromEnv) ? fromEnv : null;
  return playwrightBrowser() ?? systemBrowser();
}

const quiet = { stdio: ['ignore', 'ignore', 'ignore'] };

/** The browser, getting one if needed: { path } or { path: null, advice }. */
export function ensureChromium(root, log = console.log) {
  if (process.env.CASUSTAFEL_CHROMIUM && !executable(process.env.CASUSTAFEL_CHROMIUM)) {
    return { path: null, advice: `CASUSTAFEL_CHROMIUM wijst naar ${process.env.CASUSTAFEL_CHROMIUM}, maar daar staat geen uitvoerbare Chromium; zet het pad goed of haal de variabele weg.` };
  }
  const found = findChromium();
  if (found) return { path: found };

  log('Geen Chromium gevonden voor de browsertests: ik probeer die van Playwright te downloaden (npx playwright install chromium).');
  const playwright = join(root, 'node_modules', '.bin', 'playwright');
  if (existsSync(playwright) && spawnSync(playwright, ['install', 'chromium'], { ...quiet, timeout: 300_000 }).status === 0) {
    const got = playwrightBrowser();
    if (got) return { path: got };
  }
  const root_ = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root_ && existsSync('/etc/debian_version')) {
    log('Die download lukt hier niet: ik installeer Debians pakket chromium (apt-get install chromium).');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { ...quiet, env, timeout: 600_000 });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { ...quiet, env, timeout: 900_000 });
    if (install && install.status === 0) {
      const got = systemBrowser();
      if (got) return { path: got };
    }
  }
  return {
    path: null,
    advice:
      'De browsertests hebben Chromium nodig en die kon ik niet vinden of installeren: voer `npx playwright install chromium` uit (of `sudo apt-get install chromium` op Debian, of zet CASUSTAFEL_CHROMIUM op het pad van een Chromium) en start `npm test` opnieuw.',
  };
}
