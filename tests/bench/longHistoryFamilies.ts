import type { Operator } from '../../shared/contract/schemas';
import type { HouseholdMember } from '../../shared/domain/records';
import { createTimelineWorkload } from '../../shared/timeline/timelineWorkload';
import { operatorLabel } from '../../electron/core/recordStore/operatorLabel';
import type { Region } from '../../electron/core/generator/regionGenerator';
import { memberTable } from '../../electron/core/register/registerTables';
import { toRow, type RecordTable } from '../../electron/core/recordStore/recordTable';
import { reindexFamily } from '../../electron/core/recordStore/searchIndex';
import { timelineTable, type StoredTimelineEvent } from '../../electron/core/timeline/timelineTables';
import type { WritableDb } from '../../electron/core/vault/connection';

/**
 * Two families with a long history (1 000 timeline events each) added beside the bench region, for
 * issue #6's "first render of the timeline for a family with 1 000 events". Their names are
 * double-barrelled, which the generator never makes, so the bench finds each one by search
 * without ambiguity. The events are the timeline-model bench's workload (same distribution),
 * moved onto real organisations of the region and real children of the family.
 */
export interface LongHistoryFamily {
  id: string;
  displayName: string;
  events: number;
}

export const LONG_HISTORY_EVENTS = 1000;

const FAMILIES = [
  { id: '00000000-0000-4000-8000-b3c000000001', surname: 'Oldenhof-Wubbels', children: ['Fenna', 'Sem', 'Jikke'], seed: 7 },
  { id: '00000000-0000-4000-8000-b3c000000002', surname: 'Kloosterman-Eefting', children: ['Tygo', 'Maud', 'Roos'], seed: 11 },
] as const;

const id = (family: number, kind: number, i: number) => `00000000-0000-4000-8${family}${kind}0-${String(i).padStart(12, '0')}`;

export function longHistoryFamilies(): LongHistoryFamily[] {
  return FAMILIES.map((f) => ({ id: f.id, displayName: `Gezin ${f.surname}`, events: LONG_HISTORY_EVENTS }));
}

/** Writes the two families, their members and events into an open database, in one transaction. */
export function writeLongHistoryFamilies(db: WritableDb, region: Region, operator: Operator, at: Date): LongHistoryFamily[] {
  const when = at.toISOString();
  const by = operatorLabel(operator);
  const insert = <T extends { id: string }>(spec: RecordTable<T>, record: T) => {
    const row = { ...toRow(spec, record), created_at: when, updated_at: when, created_by: by, updated_by: by };
    const cols = Object.keys(row);
    db.prepare(`INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  };
  const organisations = region.organisations.filter((o) => o.type !== 'school').slice(0, 8);
  db.transaction(() => {
    FAMILIES.forEach((f, fi) => {
      db.prepare(
        'INSERT INTO families (id, display_name, anonymous, note, created_at, updated_at, created_by, updated_by) VALUES (?, ?, 0, ?, ?, ?, ?, ?)',
      ).run(f.id, `Gezin ${f.surname}`, 'Lange geschiedenis: veel verwijzingen over en weer (bench).', when, when, by, by);
      const members: HouseholdMember[] = [
        { id: id(fi, 1, 0), familyId: f.id, role: 'ouder', givenName: 'Hanneke', familyName: f.surname, birthDate: '1986-03-14', parentalAuthority: true, schoolId: null, schoolGroup: '' },
        ...f.children.map((given, ci): HouseholdMember => ({
          id: id(fi, 1, ci + 1),
          familyId: f.id,
          role: 'kind',
          givenName: given,
          familyName: f.surname,
          birthDate: `201${ci + 2}-0${ci + 4}-1${ci}`,
          parentalAuthority: false,
          schoolId: null,
          schoolGroup: '',
        })),
      ];
      for (const m of members) insert(memberTable, m);
      const workload = createTimelineWorkload(LONG_HISTORY_EVENTS, f.seed);
      const orgOf = new Map(workload.sources.organisations.map((o, i) => [o.id, organisations[i % organisations.length]!.id]));
      const childOf = new Map(workload.sources.children.map((c, i) => [c.id, members[1 + (i % f.children.length)]!.id]));
      workload.events.forEach((e, ei) => {
        const stored: StoredTimelineEvent = {
          id: id(fi, 2, ei),
          familyId: f.id,
          type: e.type,
          requestedBy: null,
          date: e.date,
          sortKey: e.sortKey,
          organisationId: orgOf.get(e.organisationId ?? '') ?? organisations[0]!.id,
          toOrganisationId: e.toOrganisationId === null ? null : (orgOf.get(e.toOrganisationId) ?? null),
          referralStatus: e.referralStatus,
          statusDate: e.statusDate,
          reason: e.reason,
          stagnationReason: e.stagnationReason,
          consentStatus: e.consentStatus,
          escalationStep: e.escalationStep,
          noticedBy: e.noticedBy,
          summary: e.summary,
          legalBasis: e.legalBasis,
          memberIds: e.memberIds.map((m) => childOf.get(m) ?? m),
          recordedBy: by,
        };
        insert(timelineTable, stored);
      });
      reindexFamily(db, f.id);
    });
  }).immediate();
  return longHistoryFamilies();
}
