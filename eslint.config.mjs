// Lint enforces the process boundaries of the architecture brief (folder → what it may not import),
// in the spirit of Signal Desktop's file-environment rule and VS Code's layer folders.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

// Which project layers each layer may import from. Relative imports are resolved to a folder first,
// so `../../main/x` from electron/core is caught however it is spelled.
const allowedLayers = {
  shared: ['shared'],
  core: ['shared', 'core'],
  cli: ['shared', 'core', 'cli'],
  main: ['shared', 'core', 'main'],
  preload: ['shared', 'preload'],
  renderer: ['shared', 'renderer'],
};

function layerOf(absPath) {
  const rel = relative(root, absPath).split(sep).join('/');
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('electron/core/')) return 'core';
  if (rel.startsWith('electron/cli/')) return 'cli';
  if (rel.startsWith('electron/main/')) return 'main';
  if (rel.startsWith('electron/preload/')) return 'preload';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('electron/')) return 'electron';
  return null;
}

const layerBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = layerOf(resolve(dirname(context.filename), source.value));
      if (target && !allowedLayers[from].includes(target)) {
        context.report({ node, message: `Laag '${from}' mag niet importeren uit laag '${target}' (zie README, Architectuur).` });
      }
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source),
    };
  },
};

// The renderer reads top-down: shell (App, main, renderer/shell) → features (renderer/features/<name>,
// renderer/screens) → base (components, api, state, format, i18n, …). An import never runs back up,
// and a feature never imports another feature's screen or tab (the shell composes those). Cycles
// between feature folders need the whole graph: tests/unit/architecture/rendererLayers.test.ts.

function rendererLayerOf(rel) {
  if (/^renderer\/(App|main)(\.tsx)?$/.test(rel) || rel.startsWith('renderer/shell/')) return { kind: 'shell' };
  if (rel.startsWith('renderer/features/')) return { kind: 'feature', name: rel.split('/')[2] };
  if (rel.startsWith('renderer/screens/')) return { kind: 'feature', name: 'screens' };
  if (rel.startsWith('renderer/')) return { kind: 'base' };
  return null;
}

const rendererLayers = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const rel = relative(root, context.filename).split(sep).join('/');
    const from = rendererLayerOf(rel);
    if (!from) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const targetPath = relative(root, resolve(dirname(context.filename), source.value)).split(sep).join('/');
      const to = rendererLayerOf(targetPath);
      if (!to) return;
      const report = (why) => context.report({ node, message: `De renderer leest van boven naar beneden: ${why} (zie README, Architectuur).` });
      if (from.kind === 'base' && to.kind !== 'base') report(`de basis (components, api, state, format, i18n, …) importeert geen ${to.kind === 'shell' ? 'schil' : 'feature'}`);
      if (from.kind === 'feature' && to.kind === 'shell') report('een feature importeert de schil niet');
      if (from.kind === 'feature' && to.kind === 'feature' && from.name !== to.name && /(Screen|Tab)(\.tsx)?$/.test(targetPath)) {
        report('een scherm of tab van een andere feature stelt de schil samen');
      }
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source),
    };
  },
};

// Components (renderer/**/*.tsx) reach the API only through their feature's module (`…Actions.ts`,
// `load….ts`, `…Writes.ts`) or a store, so what a screen may ask of core is listed in one file per
// feature, and a screen can be rendered in a test without a bridge.
const apiModules = ['renderer/api', 'renderer/api/index', 'renderer/api/index.ts', 'renderer/api/client', 'renderer/api/client.ts'];
const componentsUseFeatureModules = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const rel = relative(root, context.filename).split(sep).join('/');
    if (!rel.startsWith('renderer/') || !rel.endsWith('.tsx')) return {};
    const message = 'Een component roept de API niet zelf aan: gebruik de module van de feature (…Actions.ts, load….ts, …Writes.ts) of een store.';
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), source.value)).split(sep).join('/');
      if (apiModules.includes(target)) context.report({ node, message });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source),
      MemberExpression: (n) => {
        if (n.property.type === 'Identifier' && n.property.name === 'casustafel' && !n.computed) context.report({ node: n, message });
      },
    };
  },
};

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodePatterns = { group: ['node:*'], message: 'Geen Node-modules in deze laag.' };

const forbid = (paths, patterns = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message: `'${name}' hoort niet in deze laag (zie README, Architectuur).` })),
      patterns,
    },
  ],
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '.vite/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    plugins: { casustafel: { rules: { 'layer-boundaries': layerBoundaries, 'components-use-feature-modules': componentsUseFeatureModules, 'renderer-layers': rendererLayers } } },
    rules: {
      'casustafel/layer-boundaries': 'error',
      'casustafel/components-use-feature-modules': 'error',
      'casustafel/renderer-layers': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '.ci/**'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    // shared/: pure TypeScript for both processes. No Node, no DOM, no Electron, no React.
    files: ['shared/**/*.ts'],
    rules: {
      ...forbid([...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3-multiple-ciphers'], [
        nodePatterns,
        { group: ['**/electron/**', '**/renderer/**', 'react/*', 'react-dom/*'], message: 'shared/ hangt van niets anders af.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    // electron/core: runs in vitest, the CLI and the e2e bridge, so it never imports Electron or UI.
    files: ['electron/core/**/*.ts'],
    rules: forbid(['electron', 'react', 'react-dom'], [
      { group: ['electron/*', 'react/*', 'react-dom/*'], message: 'electron/core importeert geen Electron of React.' },
      { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**'], message: 'core hangt niet af van de schil eromheen.' },
    ]),
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: forbid(['electron', 'react', 'react-dom'], [
      { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'De CLI gebruikt alleen core en shared.' },
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(['react', 'react-dom', 'better-sqlite3-multiple-ciphers'], [
      { group: ['**/renderer/**', '**/electron/core/**', '**/electron/main/**'], message: 'De preload kent alleen het contract in shared/.' },
    ]),
  },
  {
    // renderer/: browser code. No Node, no Electron, no core: it talks to main only via window.casustafel.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: forbid([...nodeBuiltins, 'electron', 'better-sqlite3-multiple-ciphers'], [
      nodePatterns,
      { group: ['**/electron/**', 'electron/*'], message: 'De renderer praat alleen via window.casustafel met main.' },
    ]),
  },
);
