// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { baseName, formatBytes, formatDate, formatTime } from '../../../renderer/format/dateTime';

describe('Dutch dates and times', () => {
  it('shows the save time as hours and minutes in nl-NL', () => {
    const iso = '2026-11-28T13:32:00.000Z';
    const expected = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    expect(formatTime(iso, 'nl')).toBe(expected);
    expect(formatTime(iso, 'nl')).toMatch(/^\d{2}:\d{2}$/);
  });

  it('shows a birth date as the same calendar day in every time zone', () => {
    expect(formatDate('2015-04-01', 'nl')).toBe('1 april 2015');
    expect(formatDate('2015-04-01', 'en')).toBe('1 April 2015');
  });

  it('leaves text that is no date as it is', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });

  it('writes sizes with a Dutch decimal comma', () => {
    expect(formatBytes(1536, 'nl')).toBe('1,5 kB');
  });

  it('takes the file name from Windows and Unix paths', () => {
    expect(baseName('C:\\Users\\noor\\overleg.casustafel')).toBe('overleg.casustafel');
    expect(baseName('/home/noor/overleg.casustafel')).toBe('overleg.casustafel');
  });
});
