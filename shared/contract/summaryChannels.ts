import { z } from 'zod';
import { RecordId } from '../domain/records';
import { REPLACEMENT_KINDS } from '../exports/anonymise';
import { ATTENDANCE, ORGANISATION_TYPES, SHARING_BASES } from '../domain/vocabulary';

/**
 * Per-recipient meeting summaries, the terugkoppeling letter and the calendar file.
 * Data minimisation: each participant gets only the families and items they may receive on a
 * recorded basis. The rule lives in `shared/exports/recipientScope.ts`; the preview shows its
 * verdict per recipient (included, withheld and why) before anything is written.
 */
export const SUMMARY_ITEM_KINDS = [
  'regie', // who the regisseur is and how to reach them (or the eigen-regie judgement)
  'besluit', // decisions taken in this meeting
  'actie', // actions with owner and due date
  'notulen', // the case's minutes
  'notulen_medisch', // the JGZ part of the minutes (medical professional secrecy)
  'tijdlijn', // a timeline event
  'risico', // one child's concern: its own latest assessment's levels and flags
  'vervolg', // the follow-up meeting
  'gezinsplan', // the family's own plan as last agreed: view, goals, network, who agreed and when
  'veiligheidsafspraak', // what keeps a child safe now (acuut): for which children, who, by which day, what the parents agreed
] as const;
export type SummaryItemKind = (typeof SUMMARY_ITEM_KINDS)[number];

export const WITHHELD_REASONS = [
  'geen_grondslag', // no consent, no involvement in the help, no conflict van plichten for this recipient
  'toestemming_ontbreekt', // shared on consent (or involved on consent), which does not cover this recipient
  'alleen_signalerend', // involved as a signalling party only: without consent nothing but a terugkoppeling
  'geen_hulpverlener', // involved, but does not carry out the help (woningcorporatie, politie, schuldhulp…)
  'geen_vermoeden', // Veilig Thuis without a recorded suspicion: the case goes anonymised
  'anoniem_besproken', // the case was discussed anonymously: it goes anonymised
  'anoniem_geen_tijdlijn', // an anonymised case carries no timeline (dates and organisations identify a family)
  'medisch_beroepsgeheim', // from a medical organisation, not released by its secrecy holder
  'alleen_veilig_thuis', // shared on meldrecht: only toward Veilig Thuis
  'anoniem_niet_veilig', // in an anonymised case, a text that cannot be made safe (a name written in a form not recognised for sure)
  'vrijgave_niet_voor_ontvanger', // released from medical secrecy, but not toward this recipient
  'vrijgave_vervallen', // released, but its basis no longer holds (consent withdrawn, decision ended, no suspicion)
  'vrijgave_zonder_ontvangers', // released before releases named recipients, without a basis: record it again
] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export const ScopedItem = z.object({
  kind: z.enum(SUMMARY_ITEM_KINDS),
  /** A short Dutch description of the item, for the preview (never the full content). */
  label: z.string(),
  included: z.boolean(),
  withheldReason: z.enum(WITHHELD_REASONS).nullable(),
  /** What kind of thing was replaced in it for this recipient, once per distinct word (never the word). */
  replaced: z.array(z.enum(REPLACEMENT_KINDS)).max(200),
  /** For an item under medical secrecy: a Dutch sentence saying why it goes or not (whose release, on what, for whom). */
  why: z.string().nullable(),
});
export type ScopedItem = z.infer<typeof ScopedItem>;

export const FamilyScope = z.object({
  familyId: RecordId,
  /** The family's name, or "Casus n (anoniem)" when discussed anonymously. */
  label: z.string(),
  included: z.boolean(),
  /** How an included family goes: with its name, or anonymised (no names, no timeline). */
  form: z.enum(['volledig', 'anoniem']).nullable(),
  /** The recorded basis on which this recipient receives the family; null when withheld or anonymised. */
  basis: z.enum(SHARING_BASES).nullable(),
  /** Why the family is withheld, or why it goes anonymised. */
  withheldReason: z.enum(WITHHELD_REASONS).nullable(),
  items: z.array(ScopedItem),
});
export type FamilyScope = z.infer<typeof FamilyScope>;

export const RecipientPreview = z.object({
  professionalId: RecordId,
  name: z.string(),
  organisationName: z.string(),
  organisationType: z.enum(ORGANISATION_TYPES),
  attendance: z.enum(ATTENDANCE),
  fileName: z.string(),
  families: z.array(FamilyScope),
});
export type RecipientPreview = z.infer<typeof RecipientPreview>;

export const SummaryPreview = z.object({ meetingId: RecordId, recipients: z.array(RecipientPreview) });
export type SummaryPreview = z.infer<typeof SummaryPreview>;

export const PdfPassword = z.string().min(8, 'minimaal 8 tekens').max(128, 'maximaal 128 tekens');

export const LetterPreview = z.object({
  actionId: RecordId,
  familyId: RecordId,
  /** Who the letter goes to: the signalling organisation (and person, when known). */
  recipientLabel: z.string(),
  fileName: z.string(),
  /** The letter's text as it will be printed, paragraph by paragraph. */
  paragraphs: z.array(z.string()),
});
export type LetterPreview = z.infer<typeof LetterPreview>;

const Saved = z.object({ saved: z.boolean(), fileName: z.string().nullable() });

export const summaryChannels = {
  'summary:preview': { request: z.object({ meetingId: RecordId }), response: SummaryPreview },
  /** Asks once for the folder the per-recipient PDFs go to; null when the user cancels. */
  'summary:chooseFolder': {
    request: z.object({}).strict(),
    response: z.object({ folderToken: z.string(), folderName: z.string() }).nullable(),
  },
  /**
   * Renders and writes one recipient's PDF (atomically) into the chosen folder and logs the
   * export. The renderer calls it per recipient, which gives progress and a way to cancel.
   */
  'summary:exportRecipient': {
    request: z.object({
      meetingId: RecordId,
      professionalId: RecordId,
      folderToken: z.string().min(1).max(100),
      password: PdfPassword.nullable(),
    }),
    response: z.object({ fileName: z.string(), included: z.string(), withheld: z.string() }),
  },
  'summary:letterPreview': { request: z.object({ actionId: RecordId }), response: LetterPreview },
  /** Saves the letter (save dialog), logs the export and marks the terugkoppeling action done. */
  /** Saves the letter as a PDF and logs the export; the terugkoppeling stays open until it is marked sent. */
  'summary:exportLetter': { request: z.object({ actionId: RecordId }), response: Saved },
  /** The chair sent the saved letter: the terugkoppeling is done. */
  'summary:markLetterSent': { request: z.object({ actionId: RecordId }), response: z.object({ done: z.boolean() }) },
  /** Saves an .ics file for a meeting (no family names in it), logs the export. */
  'summary:exportCalendar': { request: z.object({ meetingId: RecordId }), response: Saved },
} as const;
