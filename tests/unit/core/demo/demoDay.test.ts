import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE, fillDemoVault } from '../../../../electron/core/demo/demoVault';
import { wholeDigest } from '../../../../electron/core/digest/sessionDigest';
import { createVaultFile } from '../../../../electron/core/vault/vaultFile';
import { amsterdamDay } from '../../../../shared/domain/amsterdamTime';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';
import { isWorkingDay } from '../../../../shared/regie/workingDays';
import { tempDir } from '../support/vaultTestKit';

const hourIn = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' });

describe('the demo vault shows a believable day', () => {
  for (const now of [new Date('2026-03-02T09:00:00.000Z'), new Date('2026-12-08T19:45:00.000Z')]) {
    it(`meetings in office hours on working days, and a handful of things due (opened ${now.toISOString()})`, () => {
      const vault = createVaultFile(path.join(tempDir(), 'demo.casustafel'), DEMO_PASSPHRASE, { now: () => now });
      fillDemoVault(vault, () => now);
      for (const startsAt of vault.db.prepare('SELECT starts_at FROM meetings').pluck().all() as string[]) {
        const at = new Date(startsAt);
        expect(isWorkingDay(parseCalendarDay(amsterdamDay(at))!), startsAt).toBe(true);
        expect(Number(hourIn.format(at)), startsAt).toBeGreaterThanOrEqual(8);
        expect(Number(hourIn.format(at)), startsAt).toBeLessThanOrEqual(17);
      }
      const digest = wholeDigest(vault.db, null, now);
      const entries = digest.families.flatMap((f) => f.entries);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(12);
      // Late, not forgotten: nothing the demo plants is months overdue.
      expect(Math.max(...entries.map((e) => e.daysOverdue))).toBeLessThanOrEqual(14);
    });
  }
});
