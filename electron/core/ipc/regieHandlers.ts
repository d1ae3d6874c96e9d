import type { regieChannels } from '../../../shared/contract/regieChannels';
import { closeCase, reopenCase, saveClosure } from '../regie/caseClosure';
import { addEscalation } from '../regie/escalation';
import { followUpKey, followUpPage, regieOverview, wholeFollowUp, type WholeFollowUp } from '../regie/followUp';
import { UnchangedVaultMemo } from '../recordStore/unchangedVaultMemo';
import { reviewAction, saveAction, signalDiscussed } from '../regie/regieActions';
import { decideRegie, updateDecision } from '../regie/regieDecisions';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type RegieHandlers = Pick<HandlerTable, keyof typeof regieChannels>;

/** Handlers of regie and follow-up over the open vault of `session`. */
export function createRegieHandlers(deps: HandlerDeps): RegieHandlers {
  const { now } = deps;
  const { read, write } = readWrite(deps);
  // Every open item of the region, computed once while nothing changed, so paging stays quick; the
  // names go with the lock.
  const followUps = new UnchangedVaultMemo<WholeFollowUp>();
  deps.onLock(() => followUps.forget());
  return {
    'regie:overview': ({ familyId }) => read((db) => regieOverview(db, familyId, now())),
    'regie:decide': (request) => write((ctx) => decideRegie(ctx, request)),
    'regie:updateDecision': (request) => write((ctx) => updateDecision(ctx, request)),
    'regie:saveAction': (request) => write((ctx) => saveAction(ctx, request)),
    'regie:signalDiscussed': (request) => write((ctx) => signalDiscussed(ctx, request)),
    'regie:reviewAction': (request) => write((ctx) => ({ review: reviewAction(ctx, request) })),
    'regie:addEscalation': (request) => write((ctx) => addEscalation(ctx, request)),
    'regie:saveClosure': (request) => write((ctx) => saveClosure(ctx, request)),
    'regie:close': ({ familyId, outcome }) => write((ctx) => closeCase(ctx, familyId, outcome)),
    'regie:reopen': ({ familyId }) => write((ctx) => reopenCase(ctx, familyId)),
    'regie:followUp': (request) =>
      read((db) => {
        const at = now();
        return followUpPage(followUps.get(db, followUpKey(db, at), () => wholeFollowUp(db, at)), request);
      }),
  };
}
