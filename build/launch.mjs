#!/usr/bin/env node
// `npm start` (after the build): runs the app in Electron from this folder (package.json "main" →
// dist/main/main.cjs).
//
// 1. Finds the Electron binary WITHOUT `require('electron')`: that call starts a download and
//    prints a stack trace when it fails. A missing binary gets one clear sentence and exit 1.
// 2. The vault's native module in node_modules is compiled for Node (the tests use it). Electron
//    needs a build for its own ABI: compiled once with @electron/rebuild into a cache folder and
//    copied to dist/native/better_sqlite3.node, which electron/main/nativeBinding.ts passes to core as `nativeBinding`.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';

const MISSING_ELECTRON =
  'Electron ontbreekt en kon niet worden gedownload: start `npm start` opnieuw met internettoegang en zonder ELECTRON_SKIP_BINARY_DOWNLOAD. / ' +
  'Electron is missing and could not be downloaded: run `npm start` again with internet access and without ELECTRON_SKIP_BINARY_DOWNLOAD.';

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

/** Same lookup as node_modules/electron/index.js, minus its download side effect. */
function findElectronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (relative === '') return null;
  const candidate = path.join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/** One quiet attempt to fetch the binary (works with internet); its output is kept off screen. */
function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  const installer = path.join(electronDir, 'install.js');
  if (!existsSync(installer)) return;
  console.log('Electron-binary downloaden… / Downloading the Electron binary…');
  spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore', timeout: 10 * 60_000 });
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Returns the path of an Electron build of the native module, compiling it on first use. The
 * cache key covers everything that changes the binary, so an upgrade rebuilds automatically.
 */
async function ensureNativeModuleForElectron() {
  const electronVersion = readJson(path.join(electronDir, 'package.json')).version;
  const abiFile = path.join(electronDir, 'abi_version');
  const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : undefined;
  const moduleDir = path.join(root, 'node_modules', NATIVE_MODULE);
  const moduleVersion = readJson(path.join(moduleDir, 'package.json')).version;
  const key = `${NATIVE_MODULE}-${moduleVersion}-electron-${electronVersion}-${process.platform}-${process.arch}`;
  const cacheDir = path.join(root, 'node_modules', '.cache', 'casustafel-electron-native', key);
  const cached = path.join(cacheDir, 'better_sqlite3.node');

  if (!existsSync(cached)) {
    console.log(`SQLCipher-module bouwen voor Electron ${electronVersion} (eenmalig) / Building the SQLCipher module for Electron (once)…`);
    const stage = path.join(cacheDir, 'stage');
    rmSync(stage, { recursive: true, force: true });
    const stagedModule = path.join(stage, 'node_modules', NATIVE_MODULE);
    cpSync(moduleDir, stagedModule, {
      recursive: true,
      // The Node build must not be mistaken for an Electron one.
      filter: (source) => path.relative(moduleDir, source).split(path.sep)[0] !== 'build',
    });
    writeFileSync(
      path.join(stage, 'package.json'),
      JSON.stringify({ name: 'casustafel-native-stage', private: true, dependencies: { [NATIVE_MODULE]: moduleVersion } }),
    );
    try {
      const rebuildEntry = pathToFileURL(path.join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'main.js')).href;
      const { rebuild } = await import(rebuildEntry);
      await rebuild({
        buildPath: stage,
        electronVersion,
        onlyModules: [NATIVE_MODULE],
        force: true,
        ...(abi ? { forceABI: Number(abi) } : {}),
      });
      const built = path.join(stagedModule, 'build', 'Release', 'better_sqlite3.node');
      if (!existsSync(built)) throw new Error('no better_sqlite3.node after rebuild');
      copyFileSync(built, cached);
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }

  const nativeDir = path.join(root, 'dist', 'native');
  mkdirSync(nativeDir, { recursive: true });
  const target = path.join(nativeDir, 'better_sqlite3.node');
  copyFileSync(cached, target);
  return target;
}

async function main() {
  let electronBinary = findElectronBinary();
  if (electronBinary === null) {
    tryDownloadElectron();
    electronBinary = findElectronBinary();
  }
  if (electronBinary === null) fail(MISSING_ELECTRON);

  if (!existsSync(path.join(root, 'dist', 'main', 'main.cjs'))) {
    fail('De app is nog niet gebouwd: voer `npm start` of `npm run build` uit. / The app is not built yet: run `npm start` or `npm run build`.');
  }

  try {
    await ensureNativeModuleForElectron();
  } catch (error) {
    fail(
      'De SQLCipher-module kon niet voor Electron worden gebouwd (dat vraagt internettoegang en een C++-compiler); ' +
        `zonder die module opent geen enkele kluis. / Could not build the SQLCipher module for Electron (needs internet and a C++ compiler): ${
          error instanceof Error ? error.message : String(error)
        }`,
    );
  }

  const env = { ...process.env };
  // With this set, the Electron binary would behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (error) => fail(`Electron kon niet starten / Electron could not start: ${error.message}`));
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main().catch((error) => fail(`Starten mislukt / Launch failed: ${error instanceof Error ? error.message : String(error)}`));
