import type { safetyAgreementChannels } from '../../../shared/contract/safetyAgreementChannels';
import { readSafetyAgreements, removeSafetyAgreement, saveSafetyAgreement } from '../safetyAgreements/safetyAgreementService';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type SafetyAgreementHandlers = Pick<HandlerTable, keyof typeof safetyAgreementChannels>;

/** Handlers of the veiligheidsafspraken over the open vault of `session`. */
export function createSafetyAgreementHandlers(deps: HandlerDeps): SafetyAgreementHandlers {
  const { now } = deps;
  const { read, write } = readWrite(deps);
  return {
    'safetyAgreements:get': ({ familyId }) => read((db) => readSafetyAgreements(db, familyId, now())),
    'safetyAgreements:save': (request) => write((ctx) => saveSafetyAgreement(ctx, request)),
    'safetyAgreements:remove': ({ id }) => write((ctx) => ({ removed: removeSafetyAgreement(ctx, id) })),
  };
}
