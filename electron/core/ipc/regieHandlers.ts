import type { regieChannels } from '../../../shared/contract/regieChannels';
import { closeCase, reopenCase, saveClosure } from '../regie/caseClosure';
import { addEscalation } from '../regie/escalation';
import { followUpPage, regieOverview } from '../regie/followUp';
import { reviewAction, saveAction, signalDiscussed } from '../regie/regieActions';
import { decideRegie, updateDecision } from '../regie/regieDecisions';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type RegieHandlers = Pick<HandlerTable, keyof typeof regieChannels>;

/** Handlers of regie and follow-up over the open vault of `session`. */
export function createRegieHandlers(deps: HandlerDeps): RegieHandlers {
  const { now } = deps;
  const { read, write } = readWrite(deps);
  // Bringing the follow-up index up to date writes derived rows only: nothing to undo.
  const derived = readWrite(deps, { undoable: false });
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
    'regie:followUp': (request) => derived.write((ctx) => followUpPage(ctx.db, now(), request)),
  };
}
