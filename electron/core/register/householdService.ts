import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { birthDateUse, DATE_PROBLEM_TEXT, dateRangeProblem } from '../../../shared/domain/dutchDate';
import { AppError } from '../../../shared/contract/errors';
import type { FamilyRecord } from '../../../shared/contract/registerChannels';
import type { HouseholdMember } from '../../../shared/domain/records';
import { readRecord, removeRecord, saveRecord, type RecordTable } from '../recordStore/recordTable';
import { requireRow } from './references';
import { memberTable } from './registerTables';
import type { WriteContext } from '../recordStore/writeContext';

export function saveMember(ctx: WriteContext, input: Omit<HouseholdMember, 'id'> & { id?: string | undefined }): HouseholdMember {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  if (input.id !== undefined) {
    const existing = readRecord(ctx.db, memberTable, input.id);
    if (existing.familyId !== input.familyId) throw new AppError('invalid_request', 'Een gezinslid kan niet naar een ander gezin worden verplaatst.');
  }
  if (input.schoolId !== null) requireRow(ctx.db, 'organisations', input.schoolId, 'De school', "type IN ('school', 'kinderopvang')");
  requirePlausibleBirthDate(ctx, input);
  const member = { ...input, parentalAuthority: input.role === 'ouder' || input.role === 'verzorger' ? input.parentalAuthority : false };
  return saveRecord(ctx, memberTable, member);
}

/**
 * A birth date as the form checks it (shared/domain/dutchDate): a child's not in the future nor more
 * than 25 years back, an adult's not in the future. Checked only when the date or the role changes,
 * so a record from before the rule can still be edited otherwise.
 */
function requirePlausibleBirthDate(ctx: WriteContext, input: Pick<HouseholdMember, 'birthDate' | 'role'> & { id?: string | undefined }): void {
  if (input.birthDate === null) return;
  const existing = input.id === undefined ? null : readRecord(ctx.db, memberTable, input.id);
  if (existing !== null && existing.birthDate === input.birthDate && existing.role === input.role) return;
  const problem = dateRangeProblem(input.birthDate, birthDateUse(input.role), { today: formatCalendarDay(calendarDayOf(ctx.at)) });
  if (problem !== null) throw new AppError('invalid_request', DATE_PROBLEM_TEXT[problem]);
}

export function removeMember(ctx: WriteContext, id: string): boolean {
  return removeRecord(ctx, memberTable, id, [
    { table: 'consents', where: 'person_id = ?' },
    { table: 'involvements', where: 'member_id = ?' },
    { table: 'involvement_kindchecks', where: 'involvement_id IN (SELECT id FROM involvements WHERE member_id = ?)' },
  ]);
}

const familyTable: RecordTable<FamilyRecord> = {
  table: 'families',
  entity: 'family',
  noun: 'Gezin',
  stamped: 'full',
  familyIdOf: (r) => r.id,
  columns: {
    id: ['id', 'text'],
    displayName: ['display_name', 'text'],
    anonymous: ['anonymous', 'bool'],
    note: ['note', 'text'],
    createdAt: ['created_at', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
};

export function updateFamily(ctx: WriteContext, input: { id: string; displayName?: string | undefined; anonymous?: boolean | undefined; note?: string | undefined }): FamilyRecord {
  const current = readRecord(ctx.db, familyTable, input.id);
  const next = {
    ...current,
    displayName: input.displayName ?? current.displayName,
    anonymous: input.anonymous ?? current.anonymous,
    note: input.note ?? current.note,
  };
  return saveRecord(ctx, familyTable, next);
}
