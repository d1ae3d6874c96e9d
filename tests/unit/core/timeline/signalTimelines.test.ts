import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE, fillDemoVault } from '../../../../electron/core/demo/demoVault';
import { followUp } from '../../../../electron/core/regie/followUp';
import { TIMELINE_DERIVATIONS } from '../../../../electron/core/timeline/derivedEvents';
import { signalTimelines } from '../../../../electron/core/timeline/signalTimelines';
import { readTimelineEvents, timelineSignalSummary } from '../../../../electron/core/timeline/timelineService';
import { closeVaultFile, createVaultFile } from '../../../../electron/core/vault/vaultFile';
import { computeSignals } from '../../../../shared/timeline/timelineSignals';
import { tempDir } from '../support/vaultTestKit';

const at = new Date('2026-03-02T08:00:00.000Z');

function demoVault() {
  const vault = createVaultFile(path.join(tempDir(), 'demo.casustafel'), DEMO_PASSPHRASE, { now: () => at });
  fillDemoVault(vault, () => at);
  return vault;
}

describe('every timeline at once, as the signal rules read it', () => {
  it('gives each family the signals and warnings its own timeline gives, without reading a text', () => {
    const vault = demoVault();
    try {
      const db = vault.db;
      const families = db.prepare('SELECT id FROM families').pluck().all() as string[];
      const seen = new Set<string>();
      let warned = 0;
      for (const { familyId, events } of signalTimelines(db)) {
        seen.add(familyId);
        const own = readTimelineEvents(db, familyId);
        expect(events.map((e) => e.id).sort(), familyId).toEqual(own.map((e) => e.id).sort());
        expect(events.filter((e) => e.source === 'handmatig').every((e) => e.summary === '' && e.reason === '')).toBe(true);
        expect(computeSignals(events, { today: '2026-03-02' }), familyId).toEqual(computeSignals(own, { today: '2026-03-02' }));
        const summary = timelineSignalSummary(db, familyId, at);
        if (summary.warnings.length > 0) warned += 1;
      }
      expect([...seen].sort()).toEqual([...families].sort());
      // Not vacuous: the demo region has families that warn, and the dashboard lists exactly them.
      expect(warned).toBeGreaterThan(3);
      const dashboard = followUp(db, at).timelineWarnings;
      for (const row of dashboard) expect(row.warnings).toEqual(timelineSignalSummary(db, row.familyId, at).warnings);
      expect(dashboard.length).toBeGreaterThan(3);
    } finally {
      closeVaultFile(vault);
    }
  });

  it('reads every derived source for all families the same as family by family', () => {
    const vault = demoVault();
    try {
      const db = vault.db;
      const families = db.prepare('SELECT id FROM families').pluck().all() as string[];
      for (const derive of TIMELINE_DERIVATIONS) {
        const all = derive(db, null);
        const byFamily = families.flatMap((id) => derive(db, id));
        expect(all.map((e) => `${e.familyId}/${e.id}`).sort()).toEqual(byFamily.map((e) => `${e.familyId}/${e.id}`).sort());
        expect(new Map(all.map((e) => [e.id, e]))).toEqual(new Map(byFamily.map((e) => [e.id, e])));
      }
    } finally {
      closeVaultFile(vault);
    }
  });
});
