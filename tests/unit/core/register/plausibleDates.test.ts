import { describe, expect, it } from 'vitest';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveMeeting } from '../../../../electron/core/register/meetingService';
import { AppError } from '../../../../shared/contract/errors';
import { DATE_PROBLEM_TEXT } from '../../../../shared/domain/dutchDate';
import { registerKit } from './registerKit';

// The kit's clock stands on 28 November 2026.
const refusal = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.detail ?? error.message;
    throw error;
  }
  throw new Error('geen weigering');
};

const member = (familyId: string, role: 'kind' | 'ouder' | 'verwacht_kind', birthDate: string | null) => ({
  familyId,
  role,
  givenName: 'Noor',
  familyName: 'Bakker',
  birthDate,
  parentalAuthority: false,
  schoolId: null,
  schoolGroup: '',
});

const meeting = (startsAt: string) => ({ type: 'zat' as const, title: 'ZAT', startsAt, location: '', schoolId: null, chairId: null, confidentiality: '' });

describe('core refuses implausible dates with the sentence the form shows', () => {
  it('a child is not born in the future nor more than 25 years ago; an adult not in the future', () => {
    const k = registerKit();
    const familyId = k.family('Gezin Bakker');
    expect(refusal(() => saveMember(k.ctx(), member(familyId, 'kind', '2026-12-01')))).toBe(DATE_PROBLEM_TEXT.geboorte_in_toekomst);
    expect(refusal(() => saveMember(k.ctx(), member(familyId, 'kind', '2001-11-27')))).toBe(DATE_PROBLEM_TEXT.geboorte_te_lang_geleden);
    expect(refusal(() => saveMember(k.ctx(), member(familyId, 'ouder', '2027-01-01')))).toBe(DATE_PROBLEM_TEXT.geboorte_in_toekomst);
    expect(saveMember(k.ctx(), member(familyId, 'ouder', '1985-04-12')).birthDate).toBe('1985-04-12');
    // An expected child's date is the expected day: in the future is what it should be.
    expect(saveMember(k.ctx(), member(familyId, 'verwacht_kind', '2027-03-01')).birthDate).toBe('2027-03-01');
    const noor = saveMember(k.ctx(), member(familyId, 'kind', '2017-03-01'));
    expect(noor.birthDate).toBe('2017-03-01');
    expect(k.db.prepare('SELECT count(*) AS n FROM family_members').get()).toEqual({ n: 3 });
  });

  it('a record from before the rule can still be edited without touching its date', () => {
    const k = registerKit();
    const familyId = k.family('Gezin Bakker');
    const old = saveMember(k.ctx(), member(familyId, 'kind', '2015-01-01'));
    k.db.prepare('UPDATE family_members SET birth_date = ? WHERE id = ?').run('1990-01-01', old.id);
    expect(saveMember(k.ctx(), { ...old, birthDate: '1990-01-01', givenName: 'Noortje' }).givenName).toBe('Noortje');
  });

  it('a meeting more than 30 days back only when recorded afterwards', () => {
    const k = registerKit();
    expect(refusal(() => saveMeeting(k.ctx(), meeting('2026-10-20T13:00:00.000Z')))).toBe(DATE_PROBLEM_TEXT.overleg_te_lang_geleden);
    expect(k.db.prepare('SELECT count(*) AS n FROM meetings').get()).toEqual({ n: 0 });
    const held = saveMeeting(k.ctx(), { ...meeting('2026-10-20T13:00:00.000Z'), afterwards: true });
    expect(held.startsAt).toBe('2026-10-20T13:00:00.000Z');
    // Editing it otherwise keeps its day without asking again; moving it further back asks.
    expect(saveMeeting(k.ctx(), { ...held, title: 'ZAT oktober' }).title).toBe('ZAT oktober');
    expect(refusal(() => saveMeeting(k.ctx(), { ...held, startsAt: '2026-10-13T13:00:00.000Z' }))).toBe(DATE_PROBLEM_TEXT.overleg_te_lang_geleden);
    expect(saveMeeting(k.ctx(), meeting('2026-10-30T13:00:00.000Z')).startsAt).toBe('2026-10-30T13:00:00.000Z');
  });
});
