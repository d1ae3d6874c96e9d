import type { ActionSave, ActionSaveInput } from '../../../shared/contract/regieChannels';
import type { RegieAction } from '../../../shared/regie/regieRecords';

/** The fields of an action as the save channel takes them. */
export function actionSave(a: RegieAction): ActionSaveInput {
  return {
    id: a.id,
    familyId: a.familyId,
    kind: a.kind,
    description: a.description,
    ownerProfessionalId: a.ownerProfessionalId,
    ownerOrganisationId: a.ownerOrganisationId,
    // An agreement of the family plan keeps its family or network owner when it is edited here.
    ownerFamily: a.ownerFamily,
    ownerNetworkMemberId: a.ownerNetworkMemberId,
    dueDate: a.dueDate,
    status: a.status,
    memberIds: a.memberIds,
    meetingId: a.meetingId,
    signallerOrganisationId: a.signallerOrganisationId,
    informed: a.informed,
    informingPostponedUntil: a.informingPostponedUntil,
    informingPostponedReason: a.informingPostponedReason,
    carryOverReason: a.carryOverReason,
  };
}

/**
 * A new action from one of the add forms. It always starts open and uninformed; only the feedback
 * channel (regie:signalDiscussed) creates one with a signaller, so these forms never set it.
 */
export function newOpenAction(
  fields: Pick<ActionSave, 'familyId' | 'kind' | 'description' | 'ownerProfessionalId' | 'ownerOrganisationId' | 'dueDate'> &
    Partial<Pick<ActionSave, 'memberIds' | 'meetingId' | 'ownerFamily' | 'ownerNetworkMemberId'>>,
): ActionSaveInput {
  return {
    familyId: fields.familyId,
    kind: fields.kind,
    description: fields.description,
    ownerProfessionalId: fields.ownerProfessionalId,
    ownerOrganisationId: fields.ownerOrganisationId,
    ownerFamily: fields.ownerFamily ?? false,
    ownerNetworkMemberId: fields.ownerNetworkMemberId ?? null,
    dueDate: fields.dueDate,
    status: 'open',
    memberIds: fields.memberIds ?? [],
    meetingId: fields.meetingId ?? null,
    signallerOrganisationId: null,
    informed: false,
    informingPostponedUntil: null,
    informingPostponedReason: '',
  };
}
