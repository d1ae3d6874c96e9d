// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestFamily, SessionDigest } from '../../../../shared/contract/familyPlanChannels';
import { DigestPanel } from '../../../../renderer/features/familyPlan/DigestPanel';
import { useDigest } from '../../../../renderer/features/familyPlan/digestStore';
import '../../../../renderer/shell/featureTexts';
import { resetAllStores } from '../../../../renderer/state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const family = (n: number, name: string): DigestFamily => ({
  familyId: `3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a${String(n).padStart(2, '0')}`,
  familyName: name,
  caseStatus: 'open',
  counts: [
    { kind: 'actie', state: 'te_laat', count: 2 },
    { kind: 'terugkoppeling', state: 'nu', count: 1 },
  ],
  freshCount: 1,
  entries: [
    {
      item: { key: `actie:${n}`, kind: 'actie', familyId: `f${n}`, familyName: name, actionId: null, description: 'Huisbezoek met de ouders', owner: 'Roel Venema', dueDay: '2026-02-26', caseStatus: 'open' },
      state: 'te_laat',
      daysOverdue: 4,
      fresh: true,
    },
  ],
  quiet: null,
});

const digest = (families: DigestFamily[], total: number): SessionDigest => ({
  previousSessionAt: null,
  today: '2026-03-02',
  families,
  total,
  offset: 0,
  totals: [{ kind: 'actie', state: 'te_laat', count: 2 * total }],
  freshCount: total,
  quietCount: 0,
  notDiscussedWeeks: 6,
  raisedConcernWeeks: 12,
});

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  resetAllStores();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('the digest on Start', () => {
  it('shows one line per family with its counts, closed until its disclosure button opens it', () => {
    useDigest.getState().setDigest(digest([family(1, 'Gezin De Groot')], 1));
    act(() => root.render(<DigestPanel />));
    const toggle = host.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle.textContent).toContain('Gezin De Groot — 2 acties te laat, 1 terugkoppeling vandaag');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const items = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(items.hidden).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(items.hidden).toBe(false);
    expect(items.textContent).toContain('Actie: Huisbezoek met de ouders, wie: Roel Venema — 4 dagen te laat');
  });

  it('says how many families there are in all and offers the next page when there are more than fit', () => {
    useDigest.getState().setDigest(digest([family(1, 'Gezin De Groot'), family(2, 'Gezin Mulder')], 23));
    act(() => root.render(<DigestPanel />));
    expect(host.textContent).toContain('23 gezinnen, 46 punten, waarvan 23 nieuw.');
    const pager = host.querySelector('nav[aria-label="Pagina\'s van het overzicht"]')!;
    expect(pager.textContent).toContain('Gezin 1–10 van 23');
    const [previous, next] = [...pager.querySelectorAll('button')];
    expect(previous!.disabled).toBe(true);
    expect(next!.disabled).toBe(false);
  });
});
