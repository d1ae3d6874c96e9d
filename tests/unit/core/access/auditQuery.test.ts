import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_CATEGORIES, auditCategory } from '../../../../shared/access/auditCategory';
import type { AuditLogEntry, AuditQuery } from '../../../../shared/contract/accessChannels';
import type { Operator } from '../../../../shared/contract/schemas';
import { queryAudit } from '../../../../electron/core/access/auditQuery';
import { appendAudit } from '../../../../electron/core/audit/auditChain';
import { runMigrations } from '../../../../electron/core/migrations/index';

const FAMILIES = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Gezin Postma' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Gezin El Amrani' },
];
const GONE = '33333333-3333-4333-8333-333333333333';
const FAMILY_IDS = [...FAMILIES.map((f) => f.id), GONE, null];
const OPERATORS: Operator[] = [
  { name: 'Hanna Wieringa', organisation: 'CJG Sneek', role: 'voorzitter' },
  { name: 'Youssef Bakkali', organisation: 'Wijkteam Sneek-Noord', role: 'wijkcoach', onBehalfOf: 'Team 100%_Jeugd' },
  { name: 'Ellen de Vries', organisation: 'OBS De Zeilmaker', role: 'intern begeleider', onBehalfOf: 'Hanna Wieringa' },
];
const ACTIONS = [
  'view', 'print', 'export', 'timeline.export', 'destroy', 'destruction.request', 'family.update', 'family_member.create',
  'assessment.answer', 'session.operator', 'vault.passphrase', 'settings.update', 'history.undo',
];
const START = Date.parse('2026-11-01T00:00:00.000Z');
const HOUR = 3_600_000;

const entryArb = fc.record({
  operator: fc.constantFrom(...OPERATORS),
  action: fc.constantFrom(...ACTIONS),
  familyId: fc.constantFrom(...FAMILY_IDS),
  hours: fc.integer({ min: 0, max: 24 * 20 }),
});

/** A vault with the given entries, in time order (as the app writes them). */
let emptyVault: Buffer | null = null;
function vaultWith(entries: { operator: Operator; action: string; familyId: string | null; hours: number }[]) {
  // Migrated once, copied for every run: the property runs a hundred and fifty times.
  if (emptyVault === null) {
    const empty = new Database(':memory:');
    runMigrations(empty, () => new Date(START));
    const t = new Date(START).toISOString();
    for (const f of FAMILIES) empty.prepare("INSERT INTO families VALUES (?, ?, 0, '', ?, ?, 'x', 'x')").run(f.id, f.name, t, t);
    emptyVault = empty.serialize();
  }
  const db = new Database(emptyVault);
  const sorted = [...entries].sort((a, b) => a.hours - b.hours);
  db.transaction(() => {
    for (const e of sorted) {
      appendAudit(db, e.operator, { action: e.action, entity: 'family', entityId: e.familyId, familyId: e.familyId, summary: 'x' }, new Date(START + e.hours * HOUR));
    }
  })();
  return db;
}

/** SQLite's LIKE folds case for ASCII letters only; the reference does the same. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function matches(entry: AuditLogEntry, q: AuditQuery): boolean {
  const needle = asciiLower(q.operator);
  const who = [entry.operatorName, entry.operatorOrganisation, entry.operatorRole, entry.onBehalfOf];
  return (
    (q.familyId === null || entry.familyId === q.familyId) &&
    (needle === '' || who.some((w) => asciiLower(w).includes(needle))) &&
    (q.category === null || auditCategory(entry.action) === q.category) &&
    (q.from === null || Date.parse(entry.at) >= Date.parse(q.from)) &&
    (q.to === null || Date.parse(entry.at) < Date.parse(q.to))
  );
}

const instantArb = fc.integer({ min: -24, max: 24 * 21 }).map((h) => new Date(START + h * HOUR).toISOString());
const queryArb: fc.Arbitrary<AuditQuery> = fc.record({
  familyId: fc.constantFrom(null, ...FAMILIES.map((f) => f.id), GONE),
  operator: fc.constantFrom('', 'hanna', 'SNEEK', 'de ', '100%_', '%', '_', 'wijk', 'Hoekstra', 'zeilmaker'),
  category: fc.constantFrom(null, ...AUDIT_CATEGORIES),
  from: fc.option(instantArb, { nil: null }),
  to: fc.option(instantArb, { nil: null }),
  beforeSeq: fc.constant(null),
  limit: fc.integer({ min: 1, max: 7 }),
});

/** Every page of a query, following "Meer laden" until there is no more. */
function allPages(db: Database.Database, q: AuditQuery): AuditLogEntry[] {
  const rows: AuditLogEntry[] = [];
  let beforeSeq: number | null = null;
  for (;;) {
    const page = queryAudit(db, { ...q, beforeSeq });
    expect(page.entries.length).toBeLessThanOrEqual(q.limit);
    rows.push(...page.entries);
    if (!page.hasMore) return rows;
    expect(page.entries.length).toBe(q.limit);
    beforeSeq = page.entries[page.entries.length - 1]!.seq;
  }
}

describe('the filtered log', () => {
  it('returns exactly the entries that match every filter, newest first, across pages', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), queryArb, (entries, q) => {
        const db = vaultWith(entries);
        const everything = queryAudit(db, { ...q, familyId: null, operator: '', category: null, from: null, to: null, limit: 500 }).entries;
        const got = allPages(db, q);
        for (const row of got) expect(matches(row, q)).toBe(true);
        expect(got.map((r) => r.seq)).toEqual(everything.filter((r) => matches(r, q)).map((r) => r.seq));
        db.close();
      }),
      { numRuns: 150 },
    );
  });

  it('sorts every action into exactly the category the renderer shows', () => {
    const db = vaultWith(ACTIONS.map((action, i) => ({ operator: OPERATORS[0]!, action, familyId: null, hours: i })));
    const byCategory = Object.fromEntries(
      AUDIT_CATEGORIES.map((category) => [
        category,
        queryAudit(db, { familyId: null, operator: '', category, from: null, to: null, beforeSeq: null, limit: 50 }).entries.map((e) => e.action).sort(),
      ]),
    );
    expect(byCategory).toEqual({
      bekeken: ['view'],
      afgedrukt: ['print'],
      geexporteerd: ['export', 'timeline.export'],
      vernietigd: ['destroy', 'destruction.request'],
      sessie: ['session.operator', 'vault.passphrase'],
      gewijzigd: ['assessment.answer', 'family.update', 'family_member.create', 'history.undo', 'settings.update'],
    });
  });

  it('names the family while it exists, and shows no name for one that is gone', () => {
    const db = vaultWith([
      { operator: OPERATORS[0]!, action: 'view', familyId: FAMILIES[0]!.id, hours: 1 },
      { operator: OPERATORS[0]!, action: 'view', familyId: GONE, hours: 2 },
    ]);
    const rows = queryAudit(db, { familyId: null, operator: '', category: 'bekeken', from: null, to: null, beforeSeq: null, limit: 10 }).entries;
    expect(rows.map((r) => r.familyName)).toEqual([null, 'Gezin Postma']);
  });
});
