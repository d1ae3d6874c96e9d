import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function errorsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'casustafel/layer-boundaries').map((m) => m.message);
}

describe('lint keeps each layer inside its boundary', () => {
  it.each([
    ['electron/core/vault/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/core/vault/x.ts', "import React from 'react';\nexport const a = React;"],
    ['electron/core/vault/x.ts', "import { x } from '../../main/main';\nexport const a = x;"],
    ['shared/rules/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['shared/rules/x.ts', "import path from 'path';\nexport const a = path;"],
    ['shared/rules/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/app/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;"],
    ['renderer/app/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['renderer/app/x.ts', "import { dispatch } from '../../electron/core/ipc/dispatch';\nexport const a = dispatch;"],
    ['electron/preload/x.ts', "import { dispatch } from '../core/ipc/dispatch';\nexport const a = dispatch;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await errorsFor(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/core/vault/x.ts', "import { join } from 'node:path';\nexport const a = join;"],
    ['renderer/app/x.ts', "import { contract } from '../../shared/contract/channels';\nexport const a = contract;"],
  ])('%s may: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toHaveLength(0);
  });
});
