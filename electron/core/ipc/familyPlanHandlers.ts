import path from 'node:path';
import type { familyPlanChannels } from '../../../shared/contract/familyPlanChannels';
import { listMeldcodeSteps, removeMeldcodeStep, saveMeldcodeStep } from '../assessment/meldcodeStepService';
import { beginOperatorSession } from '../digest/sessionDigest';
import { digestPage, dueNowKeysOf } from '../digest/digestPage';
import { recordExport } from '../exports/exportLog';
import { actionCalendar } from '../familyPlan/actionCalendar';
import { buildFamilyPlanLetter, renderFamilyPlanLetter } from '../familyPlan/familyPlanLetter';
import { agreePlan, familyPlanOverview, removeNetworkMember, saveNetworkMember, updatePlan } from '../familyPlan/familyPlanService';
import { toAppError } from '../vault/fileErrors';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type FamilyPlanHandlers = Pick<HandlerTable, keyof typeof familyPlanChannels>;

/**
 * The family plan, the Meldcode's steps, the plan letter, an action's calendar file and the digest.
 *
 * A session is one unlock under one operator: its start is remembered per unlock, so
 * the digest asked twice in a session compares with the same previous session, and a lock (a new
 * unlock afterwards) starts the next one. What a notification already told is kept the same
 * way, in memory only, and goes with the lock.
 */
export function createFamilyPlanHandlers(deps: HandlerDeps): FamilyPlanHandlers {
  const { session, now, host } = deps;
  const { read, write } = readWrite(deps);
  // Files that left cannot be called back: their log entries get no way back in the undo history.
  const exported = readWrite(deps, { undoable: false });
  // Keyed by the unlock: a lock ends the session, and the next unlock gets a new id. Only one unlock
  // is ever current, so older entries are dropped as soon as a new one appears.
  const sessions = new Map<string, { startedAt: string; told: Set<string> }>();
  const unlocked = () => session.state === 'unlocked';
  // Paging through the digest computes it once while nothing changed; the names go with the lock.

  const currentSession = () => {
    const unlockId = session.currentUnlockId();
    let s = sessions.get(unlockId);
    if (s === undefined) {
      sessions.clear();
      s = { startedAt: now().toISOString(), told: new Set() };
      sessions.set(unlockId, s);
    }
    return s;
  };

  const save = async (fileName: string, data: Uint8Array): Promise<string | null> => {
    try {
      return await host.saveExportFile(fileName, data, unlocked);
    } catch (error) {
      throw toAppError(error);
    }
  };

  return {
    'familyPlan:get': ({ familyId }) => read((db) => familyPlanOverview(db, familyId, now())),
    'familyPlan:update': (request) => write((ctx) => updatePlan(ctx, request)),
    'familyPlan:saveNetworkMember': (request) => write((ctx) => saveNetworkMember(ctx, request)),
    'familyPlan:removeNetworkMember': ({ id }) => write((ctx) => ({ removed: removeNetworkMember(ctx, id) })),
    'familyPlan:agree': (request) => write((ctx) => agreePlan(ctx, request)),
    'familyPlan:letterPreview': ({ familyId, version }) =>
      read((db) => buildFamilyPlanLetter(db, familyId, version, session.currentOperator(), now()).preview),

    'export:familyPlanLetter': async ({ familyId, version }) => {
      const letter = read((db) => buildFamilyPlanLetter(db, familyId, version, session.currentOperator(), now()));
      const pdf = await renderFamilyPlanLetter(letter);
      const saved = await save(letter.preview.fileName, pdf);
      if (saved === null) return { saved: false, fileName: null };
      exported.write((ctx) =>
        ctx.db
          .transaction(() =>
            recordExport(ctx.db, ctx.operator, ctx.at, {
              kind: 'gezinsplanbrief',
              fileName: path.basename(saved),
              familyIds: [familyId],
              meetingId: null,
              recipient: { professionalId: null, name: 'het gezin', organisation: '' },
              included: `Gezinsplan versie ${letter.preview.version}: visie, wensen en doelen van het gezin, ${letter.agreements.length} ${
                letter.agreements.length === 1 ? 'afspraak' : 'afspraken'
              }, netwerk en aanspreekpunt`,
              withheld: 'Risicotaxatie, signalen, notulen en gegevens van andere gezinnen',
            }),
          )
          .immediate(),
      );
      return { saved: true, fileName: path.basename(saved) };
    },

    'export:actionCalendar': async ({ actionId }) => {
      const calendar = read((db) => actionCalendar(db, actionId, now()));
      const saved = await save(calendar.fileName, new TextEncoder().encode(calendar.ics));
      if (saved === null) return { saved: false, fileName: null };
      exported.write((ctx) =>
        ctx.db
          .transaction(() =>
            recordExport(ctx.db, ctx.operator, ctx.at, {
              kind: 'actie_ics',
              fileName: path.basename(saved),
              familyIds: [calendar.familyId],
              meetingId: null,
              recipient: null,
              included: 'Alleen de datum waarop een afspraak verloopt',
              withheld: 'Geen namen, geen tekst van de afspraak',
            }),
          )
          .immediate(),
      );
      return { saved: true, fileName: path.basename(saved) };
    },

    'meldcode:list': ({ familyId }) => read((db) => listMeldcodeSteps(db, familyId)),
    'meldcode:save': (request) => write((ctx) => saveMeldcodeStep(ctx, request)),
    'meldcode:remove': ({ id }) => write((ctx) => ({ removed: removeMeldcodeStep(ctx, id) })),

    'digest:sinceLastSession': (page) => {
      const current = currentSession();
      // Session bookkeeping is no change anyone would undo: it stays out of the undo history too.
      const previous = exported.write((ctx) => beginOperatorSession(ctx, current.startedAt));
      // The follow-up index is brought up to date on the way (derived rows, outside the undo history).
      const at = now();
      return exported.write((ctx) => {
        const shown = digestPage(ctx.db, previous, at, page);
        // What the digest showed needs no notification afterwards.
        for (const k of dueNowKeysOf(ctx.db, at)) current.told.add(k);
        return shown;
      });
    },

    'digest:check': () => {
      const current = currentSession();
      const keys = exported.write((ctx) => dueNowKeysOf(ctx.db, now()));
      const fresh = [...keys].filter((k) => !current.told.has(k));
      for (const k of fresh) current.told.add(k);
      if (fresh.length > 0 && host.showNotification !== undefined) {
        host.showNotification(
          'Casustafel',
          fresh.length === 1 ? 'Er is iets verlopen of vandaag aan de beurt. Kijk in Opvolging.' : `${fresh.length} afspraken zijn verlopen of vandaag aan de beurt. Kijk in Opvolging.`,
        );
      }
      return { newlyDue: fresh.length };
    },
  };
}
