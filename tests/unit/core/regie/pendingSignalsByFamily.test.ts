import { describe, expect, it } from 'vitest';
import { generateRegion } from '../../../../electron/core/generator/regionGenerator';
import { writeRegion } from '../../../../electron/core/generator/writeRegion';
import { pendingSignals, pendingSignalsByFamily } from '../../../../electron/core/regie/pendingSignals';
import { readTimelineEvents } from '../../../../electron/core/timeline/timelineService';
import { signalsAwaitingFeedback } from '../../../../shared/regie/signalFeedback';
import { registerKit } from '../register/registerKit';

describe('pending signals of the whole region at once', () => {
  it('are, family by family, what the family’s own timeline gives: same signals, order, meeting and summary', () => {
    const k = registerKit();
    const region = generateRegion({ families: 120, events: 900, meetings: 30 }, 41);
    writeRegion(k.db, region, k.operator, new Date('2026-11-28T10:00:00Z'));
    const now = new Date('2026-12-06T09:00:00Z');
    const all = pendingSignalsByFamily(k.db, now);
    expect(all.size).toBeGreaterThan(5);
    for (const family of region.families) {
      // The rule applied to the family's full timeline, as the dossier reads it.
      const signals = readTimelineEvents(k.db, family.id)
        .filter((e) => e.type === 'signaal' && e.organisationId !== null)
        .map((e) => ({ eventId: e.id, organisationId: e.organisationId!, date: e.date, summary: e.summary }));
      const meetings = (k.db.prepare('SELECT m.starts_at FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.family_id = ?').pluck().all(family.id) as string[]);
      const expected = signalsAwaitingFeedback(signals, [], meetings, now.toISOString());
      expect(all.get(family.id) ?? [], family.id).toEqual(expected);
      expect(pendingSignals(k.db, family.id, now)).toEqual(expected);
    }
  });
});
