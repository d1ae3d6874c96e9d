// `npm test`: every check the project has, in one run, with one tally at the end.
// Each step counts: a tsconfig type-check, the lint run and the electronegativity scan count as one
// check each; vitest and Playwright contribute their own test counts (read from their JSON reports,
// because their human summaries are not in the plain `N passed, N failed` form CI reads).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './findChromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const tally = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`  ${label}: ${r.status === 0 ? 'ok' : 'MISLUKT'} (${seconds} s)`);
  return r.status === 0;
}

function single(label, cmd, args) {
  const ok = run(label, cmd, args);
  tally.push({ suite: label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts(report, ok) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(report, ok) {
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0 };
  const s = report.stats;
  const failed = s.unexpected + (report.errors?.length ?? 0);
  return { passed: s.expected + s.flaky, failed: failed + (ok || failed > 0 ? 0 : 1), skipped: s.skipped };
}

for (const cfg of ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.renderer.json', 'tsconfig.tests.json']) {
  single(`typecheck ${cfg}`, bin('tsc'), ['-p', cfg, '--noEmit']);
}
single('lint', bin('eslint'), ['--max-warnings=0', '.']);
const built = single('build', process.execPath, ['build/build.mjs']);

{
  const out = join(results, 'vitest.json');
  const ok = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  tally.push({ suite: 'vitest', ...vitestCounts(readJson(out), ok) });
}

const browser = built ? ensureChromium(root) : { path: null, advice: 'De build is mislukt, dus de browsertests draaien niet.' };
if (browser.path === null) console.log(`\n${browser.advice}`);
else env.CASUSTAFEL_CHROMIUM = browser.path;

if (built && browser.path !== null) {
  const out = join(results, 'e2e.json');
  env.PLAYWRIGHT_JSON_OUTPUT_NAME = out;
  const ok = run('e2e (Chromium, bridge)', bin('playwright'), ['test', '-c', 'tests/e2e/playwright.config.ts']);
  tally.push({ suite: 'e2e', ...playwrightCounts(readJson(out), ok) });

  const outElectron = join(results, 'e2e-electron.json');
  env.PLAYWRIGHT_JSON_OUTPUT_NAME = outElectron;
  const okElectron = run('e2e-electron (_electron smoke)', bin('playwright'), ['test', '-c', 'tests/e2e-electron/playwright.config.ts']);
  tally.push({ suite: 'e2e-electron', ...playwrightCounts(readJson(outElectron), okElectron) });
} else {
  tally.push({ suite: 'e2e', passed: 0, failed: 1, skipped: 0 });
}

single('electronegativity', process.execPath, ['build/electronegativity.mjs']);

const total = tally.reduce((a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed, skipped: a.skipped + t.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
writeFileSync(join(results, 'summary.json'), JSON.stringify({ suites: tally, ...total }, null, 2));

console.log('\nSamenvatting per onderdeel:');
for (const t of tally) console.log(`  ${t.suite.padEnd(34)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 && existsSync(join(results, 'summary.json')) ? 0 : 1);
