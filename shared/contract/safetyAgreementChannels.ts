import { z } from 'zod';
import { CalendarDayString, RecordId } from '../domain/records';
import { NetworkMember } from '../familyPlan/familyPlanRecords';
import { SAFETY_AGREEMENT_STATUSES, SafetyAgreement } from '../safetyAgreements/safetyAgreementRecords';

/**
 * Veiligheidsafspraken (shared/safetyAgreements): what keeps a child at acuut safe now. Core
 * applies the rules (a term of at most 14 days, exactly one owner, at least one child of the family)
 * before anything is stored.
 */
const text = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);

export const SafetyAgreementSave = z.object({
  id: RecordId.optional(),
  familyId: RecordId,
  childIds: z.array(RecordId).min(1, 'kies voor welk kind (of welke kinderen) de afspraak geldt').max(20),
  what: text(2000).min(1, 'beschrijf wat het kind nu veilig houdt'),
  ownerProfessionalId: RecordId.nullable(),
  ownerOrganisationId: RecordId.nullable(),
  ownerFamily: z.boolean(),
  ownerNetworkMemberId: RecordId.nullable(),
  /** Days from today; left out when an existing agreement keeps its day. Checked in core (0–14). */
  withinDays: z.number().int().min(0, 'de termijn kan niet in het verleden liggen').max(366).optional(),
  status: z.enum(SAFETY_AGREEMENT_STATUSES),
  parentsAgreement: text(2000),
  parentsAgreedOn: CalendarDayString.nullable(),
});
export type SafetyAgreementSave = z.infer<typeof SafetyAgreementSave>;

export const SafetyAgreementView = SafetyAgreement.extend({
  /** Who carries it out, in words (actionOwnerLabel). */
  owner: z.string(),
  childNames: z.array(z.string()),
});
export type SafetyAgreementView = z.infer<typeof SafetyAgreementView>;

const ChildRef = z.object({ childId: RecordId, childName: z.string() });

export const SafetyAgreementsOverview = z.object({
  familyId: RecordId,
  /** Open first, by due day. */
  agreements: z.array(SafetyAgreementView),
  /** The family's children, to choose whom an agreement covers. */
  children: z.array(z.object({ id: RecordId, name: z.string() })),
  /** Children whose own latest assessment is at acuut. */
  acuteChildren: z.array(ChildRef),
  /** Of those, the children no open-or-done agreement covers: the case cannot be marked besproken. */
  acuteUncovered: z.array(ChildRef),
  network: z.array(NetworkMember),
  today: CalendarDayString,
});
export type SafetyAgreementsOverview = z.infer<typeof SafetyAgreementsOverview>;

export const safetyAgreementChannels = {
  'safetyAgreements:get': { request: z.object({ familyId: RecordId }), response: SafetyAgreementsOverview },
  'safetyAgreements:save': { request: SafetyAgreementSave, response: SafetyAgreement },
  'safetyAgreements:remove': { request: z.object({ id: RecordId }), response: z.object({ removed: z.boolean() }) },
} as const;
