import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cyclesOf } from './stronglyConnected';

/**
 * The renderer reads top-down: the shell (App, main, renderer/shell) composes the features
 * (renderer/features/<name>, and renderer/screens for the vault screens), which stand on the base
 * (components, api, state, format, i18n, autosave, idle, session, styles). No import runs back up:
 * - the base imports no feature and not the shell;
 * - a feature does not import the shell;
 * - a feature does not import another feature's screen or tab (`…Screen.tsx`, `…Tab.tsx`): the
 *   shell composes those;
 * - feature folders import each other without a cycle, so each can be read on its own.
 * The lint rule `casustafel/renderer-layers` (eslint.config.mjs) reports the first three per file.
 */

const root = join(__dirname, '..', '..', '..');

type Layer = { kind: 'shell' } | { kind: 'feature'; name: string } | { kind: 'base' };

function layerOf(path: string): Layer {
  if (/^renderer\/(App|main)(\.tsx)?$/.test(path) || path.startsWith('renderer/shell/')) return { kind: 'shell' };
  if (path.startsWith('renderer/features/')) return { kind: 'feature', name: path.split('/')[2]! };
  if (path.startsWith('renderer/screens/')) return { kind: 'feature', name: 'screens' };
  return { kind: 'base' };
}

const isScreenOrTab = (path: string) => /(Screen|Tab)(\.tsx)?$/.test(path);

/** Every relative import of each file (type-only, side-effect and dynamic ones too), as paths from the repository root. */
type ImportMap = ReadonlyMap<string, readonly string[]>;

function rendererImports(): ImportMap {
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
  })(join(root, 'renderer'));
  const map = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const from = relative(root, file).split(sep).join('/');
    map.set(
      from,
      importedFiles
        .map((f) => f.fileName)
        .filter((s) => s.startsWith('.'))
        .map((s) => relative(root, resolve(dirname(file), s)).split(sep).join('/')),
    );
  }
  return map;
}

/** Every import that runs back up, worded as `from → to (why)`; and every cycle between feature folders. */
function upwardImports(imports: ImportMap): string[] {
  const found: string[] = [];
  const folders = new Map<string, Set<string>>();
  for (const [from, targets] of imports) {
    const a = layerOf(from);
    for (const to of targets) {
      if (!to.startsWith('renderer/')) continue;
      const b = layerOf(to);
      if (a.kind === 'base' && b.kind !== 'base') found.push(`${from} → ${to} (the base imports no ${b.kind})`);
      if (a.kind === 'feature' && b.kind === 'shell') found.push(`${from} → ${to} (a feature imports not the shell)`);
      if (a.kind === 'feature' && b.kind === 'feature' && a.name !== b.name) {
        if (isScreenOrTab(to)) found.push(`${from} → ${to} (another feature's screen or tab is composed by the shell)`);
        folders.set(a.name, (folders.get(a.name) ?? new Set()).add(b.name));
      }
    }
  }
  for (const cycle of cyclesOf(folders)) found.push(`cycle between feature folders: ${cycle.join(' ↔ ')}`);
  return found;
}

describe('the renderer reads top-down', () => {
  it('no import runs back up, and the feature folders import each other without a cycle', () => {
    expect(upwardImports(rendererImports())).toEqual([]);
  });

  it('finds the base importing a feature or the shell', () => {
    const found = upwardImports(
      new Map([
        ['renderer/i18n/nl.ts', ['renderer/features/regie/regieNl']],
        ['renderer/state/auditStore.ts', ['renderer/screens/auditFilter']],
        ['renderer/components/X.tsx', ['renderer/shell/Sidebar', 'renderer/App']],
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('finds a feature importing the shell or another feature’s screen or tab, but not its other parts', () => {
    const found = upwardImports(
      new Map([
        ['renderer/features/home/HomeScreen.tsx', ['renderer/shell/navigation', 'renderer/features/meetings/MeetingsScreen', 'renderer/features/meetings/meetingActions']],
        ['renderer/features/dossier/X.tsx', ['renderer/features/regie/BesluitenTab', 'renderer/features/regie/RegieSection', 'renderer/features/dossier/OverviewTab']],
        ['renderer/screens/SettingsScreen.tsx', ['renderer/features/handover/ReceiveHandover']],
        ['renderer/shell/dossierTabs.tsx', ['renderer/features/regie/BesluitenTab']],
      ]),
    );
    expect(found).toEqual([
      expect.stringContaining('renderer/shell/navigation (a feature imports not the shell)'),
      expect.stringContaining('renderer/features/meetings/MeetingsScreen (another feature'),
      expect.stringContaining('renderer/features/regie/BesluitenTab (another feature'),
    ]);
  });

  it('finds feature folders that import each other round, through a third too', () => {
    const found = upwardImports(
      new Map([
        ['renderer/features/consent/A.tsx', ['renderer/features/dossier/memberName']],
        ['renderer/features/dossier/B.tsx', ['renderer/features/meetingMode/ExportLogSection']],
        ['renderer/features/meetingMode/C.tsx', ['renderer/features/consent/BasisEndingsAlert']],
        ['renderer/features/regie/D.tsx', ['renderer/features/timeline/TimelineSignalsPanel']],
      ]),
    );
    expect(found).toEqual(['cycle between feature folders: consent ↔ dossier ↔ meetingMode']);
  });
});

describe('lint reports an upward import in the file itself', () => {
  const eslint = new ESLint({ cwd: root });
  const errorsFor = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(root, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'casustafel/renderer-layers').map((m) => m.message);
  };

  it.each([
    ['renderer/i18n/x.ts', "import { regieNl } from '../features/regie/regieNl';\nexport const a = regieNl;"],
    ['renderer/state/x.ts', "import { x } from '../screens/auditFilter';\nexport const a = x;"],
    ['renderer/components/x.ts', "import { x } from '../shell/featureTexts';\nexport const a = x;"],
    ['renderer/features/regie/x.ts', "import { x } from '../../shell/featureTexts';\nexport const a = x;"],
    ['renderer/features/home/x.tsx', "import { MeetingsScreen } from '../meetings/MeetingsScreen';\nexport const a = MeetingsScreen;"],
    ['renderer/screens/x.tsx', "import { PrivacyTab } from '../features/privacy/PrivacyTab';\nexport const a = PrivacyTab;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await errorsFor(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['renderer/shell/x.ts', "import { regieTexts } from '../features/regie/regieTexts';\nexport const a = regieTexts;"],
    ['renderer/features/meetingMode/x.tsx', "import { RegieSection } from '../regie/RegieSection';\nexport const a = RegieSection;"],
    ['renderer/features/dossier/x.tsx', "import { OverviewTab } from './OverviewTab';\nexport const a = OverviewTab;"],
    ['renderer/features/regie/x.ts', "import { memberName } from '../../format/memberName';\nexport const a = memberName;"],
  ])('%s may: %s', async (file, code) => {
    expect(await errorsFor(file, code)).toEqual([]);
  });
});
