import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isoToLocalParts,
  localDateTimeToIso,
  parseClockTime,
  parseDutchDate,
  toDutchDateInput,
} from '../../../renderer/format/dutchDate';

describe('dates typed the Dutch way', () => {
  it('reads day-first dates with -, / or . and the stored form', () => {
    expect(parseDutchDate('7-3-2019')).toBe('2019-03-07');
    expect(parseDutchDate('07/03/2019')).toBe('2019-03-07');
    expect(parseDutchDate(' 7.3.2019 ')).toBe('2019-03-07');
    expect(parseDutchDate('2019-03-07')).toBe('2019-03-07');
  });

  it('refuses days that do not exist, and anything else', () => {
    for (const text of ['31-02-2017', '29-02-2023', '00-01-2020', '1-13-2020', '2023-02-29', '3 maart', '', '12-06-17', '1-1-1850']) {
      expect(parseDutchDate(text), text).toBeNull();
    }
    expect(parseDutchDate('29-02-2024')).toBe('2024-02-29');
  });

  it('shows a stored day as dd-mm-jjjj and reads it back unchanged', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (date) => {
        const stored = date.toISOString().slice(0, 10);
        expect(parseDutchDate(toDutchDateInput(stored))).toBe(stored);
      }),
    );
    expect(toDutchDateInput(null)).toBe('');
  });

  it('reads clock times as uu:mm', () => {
    expect(parseClockTime('9:05')).toEqual({ hour: 9, minute: 5 });
    expect(parseClockTime('23.59')).toEqual({ hour: 23, minute: 59 });
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('12:60')).toBeNull();
    expect(parseClockTime('half tien')).toBeNull();
  });

  it('a meeting moment is stored with its offset and reads back as typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 6, max: 22 }), fc.integer({ min: 0, max: 59 }), (y, m, d, hour, minute) => {
        const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const iso = localDateTimeToIso(day, { hour, minute });
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
        expect(isoToLocalParts(iso!)).toEqual({ day, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` });
      }),
    );
    expect(localDateTimeToIso('2026-02-30', { hour: 9, minute: 0 })).toBeNull();
  });
});
