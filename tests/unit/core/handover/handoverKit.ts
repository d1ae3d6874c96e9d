import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { UndoLog } from '../../../../electron/core/recordStore/undoLog';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import { saveTimelineEvent } from '../../../../electron/core/timeline/timelineService';
import type { Channel, RequestOf, ResponseOf } from '../../../../shared/contract/channels';
import type { AppErrorPayload } from '../../../../shared/contract/errors';
import type { Operator } from '../../../../shared/contract/schemas';
import { seedMeeting } from '../exports/meetingFixture';
import { GOOD_PASSPHRASE, OPERATOR, testCore } from '../support/vaultTestKit';

/** The passphrase the chair reads out over the phone (fictional, test-only). */
export const PACKAGE_PASSPHRASE = 'tulpenveld zandloper kruiwagen meeuwennest';

/** The wijkteam's chair in the receiving vault (all names invented). */
export const WIJKTEAM_OPERATOR: Operator = { name: 'Roel Venema', organisation: 'Wijkteam Emmen-Oost', role: 'gezinscoach' };

export type Core = ReturnType<typeof testCore>;

export function caller(core: Core) {
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const r = await dispatch(core.handlers, channel, request);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail ?? r.error.message}`);
    return r.value as ResponseOf<C>;
  };
  const refusal = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<AppErrorPayload> => {
    const r = await dispatch(core.handlers, channel, request);
    if (r.ok) throw new Error(`${channel} was expected to refuse`);
    return r.error;
  };
  return { call, refusal };
}

export async function vault(fileName: string, operator: Operator) {
  const core = testCore();
  const file = path.join(core.dir, fileName);
  const created = await dispatch(core.handlers, 'vault:create', { token: core.vaultToken(file), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
  expect(created.ok).toBe(true);
  expect((await dispatch(core.handlers, 'vault:setOperator', operator)).ok).toBe(true);
  return { core, file, ...caller(core) };
}

/**
 * The school's vault with the fictional 1-2-3-tje (see meetingFixture) plus what the wijkteam itself
 * recorded on need-to-know, which is what a handover to the wijkteam may carry on the timeline.
 */
export async function senderVault() {
  const sender = await vault('school.casustafel', OPERATOR);
  const undo = new UndoLog<WriteContext>(0);
  const seed = sender.core.session.withWrite((db, operator) => seedMeeting((): WriteContext => ({ db, operator, at: sender.core.clock.now(), undo })));
  const coachVisit = sender.core.session.withWrite((db, operator) =>
    saveTimelineEvent(
      { db, operator, at: sender.core.clock.now(), undo },
      {
        familyId: seed.families.bakker,
        type: 'kind_gezien',
        date: '2026-02-20',
        organisationId: seed.orgs.wijkteam,
        toOrganisationId: null,
        referralStatus: null,
        statusDate: null,
        reason: '',
        stagnationReason: null,
        consentStatus: null,
        escalationStep: null,
        noticedBy: 'gezinscoach',
        summary: 'Gezinscoach heeft Noor thuis gezien en met moeder kennisgemaakt',
        legalBasis: 'noodzakelijk_betrokkenen',
        memberIds: [seed.children.noor],
      },
    ),
  );
  await sender.call('meetingMode:saveCase', { meetingId: seed.meeting, familyId: seed.families.bakker, medicalMinutes: 'Groeicurve Noor buigt af.' });
  return { ...sender, seed, coachVisitId: coachVisit.id };
}

/** Exports through the handler; the test host hands back the bytes, written where the "dialog" pointed. */
export async function exportPackage(sender: Awaited<ReturnType<typeof senderVault>>, familyIds: string[], organisationId: string, target: string) {
  sender.core.host.nextExportPath = target;
  const before = sender.core.host.exports.length;
  const result = await sender.call('handover:export', { familyIds, organisationId, passphrase: PACKAGE_PASSPHRASE, passphraseRepeat: PACKAGE_PASSPHRASE });
  const written = sender.core.host.exports[before];
  if (written === undefined) throw new Error('no package was handed to the save dialog');
  fs.writeFileSync(target, written.data);
  return { result, bytes: Buffer.from(written.data), suggestedName: written.suggestedName };
}

/** Row counts of everything an import could touch, and the audit head: proof that nothing was written. */
export function vaultFingerprint(core: Core): string {
  return core.session.withRead((db) => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'family_search%' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    const counts = tables.map((t) => `${t}=${(db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n}`);
    const head = db.prepare("SELECT value FROM meta WHERE key = 'audit_head_hash'").get() as { value: string };
    return `${counts.join(',')};${head.value}`;
  });
}
