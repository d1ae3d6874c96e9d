// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConcernView } from '../../../../shared/contract/assessmentChannels';
import type { ChildConcern } from '../../../../shared/instrument/familyConcern';
import { RiskFlags } from '../../../../renderer/features/meetingMode/RiskFlags';
import '../../../../renderer/i18n';
import { resetAllStores } from '../../../../renderer/state';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const child = (over: Partial<ChildConcern>): ChildConcern => ({
  childId: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51',
  childName: 'Daan Hoekstra',
  assessmentId: '4f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a51',
  assessedOn: '2026-09-01',
  now: 'acuut',
  future: 'acuut',
  level: 'acuut',
  flags: ['meldnorm'],
  reportingOpen: true,
  suspicion: true,
  openTerms: [],
  ...over,
});

// The two-child family: Daan acuut, his younger sister Sophie assessed later at laag.
const daan = child({ openTerms: [{ professional: 'Marieke Postma', term: '2026-11-01' }] });
const sophie = child({
  childId: '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52',
  childName: 'Sophie Hoekstra',
  assessmentId: '4f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a52',
  assessedOn: '2026-10-15',
  now: 'laag',
  future: 'laag',
  level: 'laag',
  flags: [],
  reportingOpen: false,
  suspicion: false,
  openTerms: [{ professional: 'Joost Kuipers', term: '2026-12-20' }],
});
const view: ConcernView = { concern: { level: 'acuut', highest: [daan], children: [daan, sophie] }, today: '2026-11-28' };

let root: Root;
let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  resetAllStores();
});

describe('risk flags in meeting mode', () => {
  it('names the family’s highest concern with its child, then every child, and the afweging term passed or coming', () => {
    act(() => root.render(<RiskFlags view={view} />));
    const text = container.textContent ?? '';
    expect(text).toContain('Zorg van het gezin (hoogste van elk kind): Zorg: acuut (Daan Hoekstra)');
    const items = [...container.querySelectorAll('.mm-flags__list > li')].map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Daan Hoekstra');
    expect(items[0]).toContain('Het besluit over melden bij Veilig Thuis staat nog open.');
    expect(items[0]).toContain('Termijn afweging verstreken: Marieke Postma sprak 1 november 2026 af (vraag 4), vraag 5 staat nog open.');
    expect(items[1]).toContain('Sophie Hoekstra');
    expect(items[1]).toContain('Termijn afweging: Joost Kuipers sprak 20 december 2026 af');
    expect(items[1]).not.toContain('verstreken');
  });

  it('says so when no child was assessed', () => {
    act(() => root.render(<RiskFlags view={{ concern: { level: null, highest: [], children: [] }, today: '2026-11-28' }} />));
    expect(container.textContent).toContain('Er is nog geen risicotaxatie voor dit gezin.');
  });
});
