import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/domain/records';
import { consentReferenceDay } from '../../../../renderer/features/consent/referenceDay';

const meeting = (id: string, startsAt: string): Meeting => ({
  id,
  type: 'een_twee_drie_tje',
  title: '',
  startsAt,
  location: '',
  schoolId: null,
  chairId: null,
  confidentiality: '',
});

describe('the day consent is judged on', () => {
  const now = new Date(2026, 10, 28, 10, 0);

  it('is the next meeting with the family on the agenda, not a later or an earlier one', () => {
    const next = meeting('00000000-0000-4000-8000-000000000002', new Date(2026, 11, 3, 9, 0).toISOString());
    const later = meeting('00000000-0000-4000-8000-000000000003', new Date(2027, 1, 3, 9, 0).toISOString());
    const past = meeting('00000000-0000-4000-8000-000000000001', new Date(2026, 5, 3, 9, 0).toISOString());
    const day = consentReferenceDay([later, past, next], now);
    expect(day.meeting?.id).toBe(next.id);
    expect(day.iso).toBe('2026-12-03');
  });

  it('is today when no meeting is planned (a meeting earlier today still counts)', () => {
    expect(consentReferenceDay([], now)).toMatchObject({ iso: '2026-11-28', meeting: null });
    const thisMorning = meeting('00000000-0000-4000-8000-000000000004', new Date(2026, 10, 28, 8, 30).toISOString());
    expect(consentReferenceDay([thisMorning], now).meeting?.id).toBe(thisMorning.id);
  });
});
