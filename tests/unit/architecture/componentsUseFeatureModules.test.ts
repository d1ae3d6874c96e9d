import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function errorsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'casustafel/components-use-feature-modules').map((m) => m.message);
}

describe('components reach the API only through their feature module', () => {
  it.each([
    ['renderer/features/regie/X.tsx', "import { api } from '../../api';\nexport const a = () => api.call('regie:close', { familyId: 'f' });"],
    ['renderer/features/dossier/X.tsx', "import { api } from '../../api/index';\nexport const a = api;"],
    ['renderer/screens/X.tsx', "import { createApiClient } from '../api/client';\nexport const a = createApiClient;"],
    ['renderer/X.tsx', "import { api } from './api';\nexport const a = api;"],
    ['renderer/features/home/X.tsx', "export const a = () => window.casustafel?.invoke('vault:status', undefined);"],
    ['renderer/features/home/X.tsx', "export const a = async () => (await import('../../api')).api;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([expect.stringContaining('Een component roept de API niet zelf aan')]);
  });

  it.each([
    ['renderer/features/regie/X.tsx', "import { closeRegie } from './regieActions';\nexport const a = closeRegie;"],
    ['renderer/features/regie/X.tsx', "import { useSubmit } from '../../api/useSubmit';\nimport { useLoad } from '../../api/useLoad';\nexport const a = [useSubmit, useLoad];"],
    ['renderer/features/regie/regieActions.ts', "import { api } from '../../api';\nexport const a = () => api.call('regie:close', { familyId: 'f' });"],
  ])('%s may: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });
});
