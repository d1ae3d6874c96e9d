// @vitest-environment jsdom
import fc from 'fast-check';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { AuditLogEntry } from '../../../../shared/contract/accessChannels';
import { createI18n } from '../../../../renderer/i18n';
import { AuditTable } from '../../../../renderer/features/access/AuditTable';
import { EMPTY_AUDIT_FILTER, toAuditQuery } from '../../../../renderer/state/auditFilter';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FAMILY = '44444444-4444-4444-8444-444444444444';

const entry = (over: Partial<AuditLogEntry>): AuditLogEntry => ({
  seq: 1,
  at: '2026-11-28T10:15:00.000Z',
  operatorName: 'Marieke Dijkstra',
  operatorOrganisation: 'CJG Hoogeveen',
  operatorRole: 'voorzitter',
  action: 'view',
  entity: 'family',
  entityId: FAMILY,
  familyId: FAMILY,
  summary: 'Dossier bekeken (dossier)',
  onBehalfOf: '',
  category: 'bekeken',
  familyName: 'Gezin Veenstra',
  ...over,
});

async function renderTable(entries: AuditLogEntry[], showFamily: boolean, language: 'nl' | 'en' = 'nl') {
  createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<AuditTable entries={entries} caption="Logboek" showFamily={showFamily} />));
  return { container, root };
}

describe('the log table', () => {
  it('shows the kind of handling in Dutch words, the operator with "namens", and the family', async () => {
    const { container, root } = await renderTable(
      [
        entry({ seq: 3, onBehalfOf: 'Bram Hoekstra (zorgcoördinator)' }),
        entry({ seq: 2, action: 'print', category: 'afgedrukt', summary: 'Risicotaxatie afgedrukt' }),
        entry({ seq: 1, action: 'timeline.export', category: 'geexporteerd', familyId: null, familyName: null, summary: 'Tijdlijn geëxporteerd (svg)' }),
      ],
      true,
    );
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows[0]).toEqual([expect.stringMatching(/28 nov\.? 2026/), 'Marieke Dijkstravoorzitter, CJG Hoogeveennamens Bram Hoekstra (zorgcoördinator)', 'Gezin Veenstra', 'Bekeken', 'Dossier bekeken (dossier)']);
    expect(rows[1]?.[3]).toBe('Afgedrukt');
    expect(rows[2]?.slice(2, 4)).toEqual(['hele kluis', 'Geëxporteerdtijdlijn geëxporteerd']);
    expect([...container.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Tijd', 'Wie', 'Gezin', 'Handeling', 'Wat']);
    root.unmount();
  });

  it('offers nothing to edit: no buttons, fields or editable cells in the rows', async () => {
    const { container, root } = await renderTable([entry({}), entry({ seq: 2, action: 'family.update', category: 'gewijzigd' })], false);
    expect(container.querySelectorAll('button, input, select, textarea, [contenteditable], a[href]')).toHaveLength(0);
    expect(container.querySelectorAll('th')).toHaveLength(4);
    root.unmount();
  });

  it('reads in English too', async () => {
    const { container, root } = await renderTable([entry({ onBehalfOf: 'Team Jeugd' })], true, 'en');
    expect(container.textContent).toContain('Viewed');
    expect(container.textContent).toContain('on behalf of Team Jeugd');
    root.unmount();
    createI18n('nl');
  });
});

describe('the filter as typed', () => {
  it('turns local calendar days into a half-open range of instants: from local midnight to the midnight after "tot en met"', () => {
    const checked = toAuditQuery({ ...EMPTY_AUDIT_FILTER, fromDay: '3-11-2026', toDay: '05-11-2026', operator: '  Dijkstra ' });
    expect(checked).toEqual({
      query: {
        familyId: null,
        operator: 'Dijkstra',
        category: null,
        from: new Date(2026, 10, 3).toISOString(),
        to: new Date(2026, 10, 6).toISOString(),
        limit: 100,
      },
    });
  });

  it('names a date that does not exist, and an end before the start, instead of fetching', () => {
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTER, fromDay: '30-02-2026' })).toEqual({ problems: ['fromInvalid'] });
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTER, toDay: 'gisteren' })).toEqual({ problems: ['toInvalid'] });
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTER, fromDay: '5-11-2026', toDay: '4-11-2026' })).toEqual({ problems: ['toBeforeFrom'] });
  });

  it('every moment of the chosen days is inside the range, and no moment outside them', () => {
    const day = fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 24 * 60 - 1 }), (start, span, minute) => {
        const first = new Date(start.getFullYear(), start.getMonth(), start.getDate());
        const last = new Date(first.getFullYear(), first.getMonth(), first.getDate() + span);
        const typed = (d: Date) => `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear()}`;
        const checked = toAuditQuery({ ...EMPTY_AUDIT_FILTER, fromDay: typed(first), toDay: typed(last) });
        if (!('query' in checked)) throw new Error('valid days refused');
        const { from, to } = checked.query;
        const inside = new Date(last.getFullYear(), last.getMonth(), last.getDate(), Math.floor(minute / 60), minute % 60);
        const before = new Date(first.getTime() - 1);
        const after = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
        expect(inside.toISOString() >= from! && inside.toISOString() < to!).toBe(true);
        expect(before.toISOString() < from!).toBe(true);
        expect(after.toISOString() >= to!).toBe(true);
      }),
    );
  });
});
