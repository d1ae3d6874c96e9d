import type { registerChannels } from '../../../shared/contract/registerChannels';
import { addConflictOfDuties, endConflictOfDuties } from '../register/conflictOfDutiesService';
import { addConsent } from '../register/consentService';
import { importPartners, listDirectory, saveOrganisation, saveProfessional } from '../register/directoryService';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { meetingBasisEndings } from '../register/basisEndingsOfFamily';
import { loadDossier } from '../register/dossier';
import { removeMember, saveMember, updateFamily } from '../register/householdService';
import { removeInvolvement, saveInvolvement } from '../register/involvementService';
import { answerKindcheckByOthers } from '../register/kindcheckByOthersService';
import { getMeeting, listMeetings, saveMeeting, setAgenda, setParticipants } from '../register/meetingService';
import { undoLast } from '../recordStore/recordTable';
import { recentFamilies, searchFamilies } from '../recordStore/searchIndex';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type RegisterHandlers = Pick<HandlerTable, keyof typeof registerChannels>;

/** Handlers of the who-is-involved model over the open vault of `session`. */
export function createRegisterHandlers(deps: HandlerDeps): RegisterHandlers {
  const { read, write } = readWrite(deps);
  return {
    'register:search': ({ query, limit }) => read((db) => searchFamilies(db, query, limit)),
    'register:recentFamilies': ({ limit }) => read((db) => recentFamilies(db, limit)),
    'register:dossier': ({ familyId }) => read((db) => loadDossier(db, familyId, amsterdamDay(deps.now()))),
    'register:updateFamily': (request) => write((ctx) => updateFamily(ctx, request)),
    'register:saveMember': (request) => write((ctx) => saveMember(ctx, request)),
    'register:removeMember': ({ id }) => write((ctx) => ({ removed: removeMember(ctx, id) })),
    'register:saveInvolvement': (request) => write((ctx) => saveInvolvement(ctx, request)),
    'register:removeInvolvement': ({ id }) => write((ctx) => ({ removed: removeInvolvement(ctx, id) })),
    'register:answerKindcheckByOthers': (request) => write((ctx) => answerKindcheckByOthers(ctx, request)),
    'register:addConsent': (request) => write((ctx) => addConsent(ctx, request)),
    'register:addConflictOfDuties': (request) => write((ctx) => addConflictOfDuties(ctx, request)),
    'register:endConflictOfDuties': (request) => write((ctx) => endConflictOfDuties(ctx, request)),

    'directory:list': () => read((db) => listDirectory(db)),
    'directory:saveOrganisation': (request) => write((ctx) => saveOrganisation(ctx, request)),
    'directory:saveProfessional': (request) => write((ctx) => saveProfessional(ctx, request)),
    'directory:import': ({ rows }) => write((ctx) => importPartners(ctx, rows)),

    'meetings:list': ({ from, to }) => read((db) => listMeetings(db, from, to)),
    'meetings:get': ({ id }) => read((db) => getMeeting(db, id)),
    'meetings:basisEndings': ({ meetingId }) => read((db) => meetingBasisEndings(db, meetingId, amsterdamDay(deps.now()))),
    'meetings:save': (request) => write((ctx) => saveMeeting(ctx, request)),
    'meetings:setParticipants': ({ meetingId, participants }) => write((ctx) => setParticipants(ctx, meetingId, participants)),
    'meetings:setAgenda': ({ meetingId, items }) => write((ctx) => setAgenda(ctx, meetingId, items)),

    'history:undo': () => write((ctx) => ({ undone: undoLast(ctx) })),
  };
}
