import type { familyChannels } from '../../../shared/contract/channels';
import { listAudit } from '../audit/auditChain';
import { createFamily, getFamily, listFamilies, updateFamilyNote } from '../families/familyService';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type FamilyHandlers = Pick<HandlerTable, keyof typeof familyChannels>;

/** Families: the list, a new family, one family and its note; and the plain audit list. */
export function createFamilyHandlers(deps: HandlerDeps): FamilyHandlers {
  const { read, write } = readWrite(deps);
  return {
    'families:list': ({ query }) => read((db) => listFamilies(db, query)),
    'families:create': ({ displayName, anonymous }) => write((ctx) => createFamily(ctx, { displayName, anonymous })),
    'families:get': ({ id }) => read((db) => getFamily(db, id)),
    'families:updateNote': ({ id, note }) => write((ctx) => updateFamilyNote(ctx, id, note)),
    'audit:list': ({ familyId, limit }) => read((db) => listAudit(db, familyId, limit)),
  };
}
