import { AppError } from '../../../shared/contract/errors';
import {
  type HandoverChoice,
  type HandoverFamily,
  type HandoverImportPreview,
  type HandoverItem,
  type HandoverOrganisation,
} from '../../../shared/contract/handoverChannels';
import type { Operator } from '../../../shared/contract/schemas';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import type { LegalBasis, SharingBasis } from '../../../shared/domain/vocabulary';
import { LEGAL_BASIS_WORDS } from '../../../shared/exports/exportWords';
import { fuzzySortKey } from '../../../shared/timeline/fuzzyDate';
import { recordExport } from '../exports/exportLog';
import { createFamily } from '../families/familyService';
import { dutchDate } from '../pdf/dutchDates';
import { operatorLabel } from '../recordStore/operatorLabel';
import { saveRecord } from '../recordStore/recordTable';
import { audit, inTransaction, type WriteContext } from '../recordStore/writeContext';
import { saveOrganisation } from '../register/directoryService';
import { saveMember } from '../register/householdService';
import { timelineTable } from '../timeline/timelineTables';
import type { ReadableDb } from '../vault/connection';
import type { OpenedPackage } from './openHandoverFile';

/**
 * Importing a package into the receiving vault, once openHandoverFile has read and checked it: that
 * it is meant for the organisation the operator works for (stated at unlock) and that it was not
 * imported before. Only then does the preview show what arrives; the write is one transaction, with
 * provenance on every row.
 */
function refused(detail: string): AppError {
  return new AppError('package_refused', detail);
}

/** Organisation names compare without case and extra spaces: "Wijkteam  noord" is "Wijkteam Noord". */
export function sameOrganisationName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');
  return norm(a) === norm(b);
}

/** Refuses a package meant for another organisation, or one this vault imported before. */
export function checkAcceptable(db: ReadableDb, pkg: OpenedPackage, operator: Operator): void {
  const { manifest } = pkg;
  if (!sameOrganisationName(operator.organisation, manifest.receiver.name)) {
    throw refused(
      `Dit pakket is bestemd voor ${manifest.receiver.name}; je werkt nu namens ${operator.organisation}. Alleen wie namens de ontvangende organisatie werkt, kan het inlezen.`,
    );
  }
  const earlier = db.prepare("SELECT recorded_at, recorded_by FROM handover_packages WHERE package_id = ? AND direction = 'ontvangen'").get(manifest.packageId) as
    | { recorded_at: string; recorded_by: string }
    | undefined;
  if (earlier !== undefined) throw refused(`Deze overdracht is al ingelezen op ${dutchDate(earlier.recorded_at)} door ${earlier.recorded_by}; een tweede keer inlezen zou alles dubbel zetten.`);
}

function matchesFor(db: ReadableDb, family: HandoverFamily): { familyId: string; displayName: string; reason: string }[] {
  const out = new Map<string, { familyId: string; displayName: string; reason: string }>();
  for (const m of family.members) {
    if ((m.role !== 'kind' && m.role !== 'verwacht_kind') || m.birthDate === null) continue;
    const rows = db
      .prepare(
        `SELECT f.id, f.display_name FROM family_members x JOIN families f ON f.id = x.family_id
         WHERE x.role IN ('kind', 'verwacht_kind') AND x.birth_date = ? AND lower(x.given_name) = lower(?) AND lower(x.family_name) = lower(?)
         ORDER BY f.display_name, f.id`,
      )
      .all(m.birthDate, m.givenName.trim(), m.familyName.trim()) as { id: string; display_name: string }[];
    for (const r of rows) {
      if (!out.has(r.id)) out.set(r.id, { familyId: r.id, displayName: r.display_name, reason: `zelfde kind: ${m.givenName} ${m.familyName}, geboren ${dutchDate(m.birthDate)}` });
    }
  }
  return [...out.values()];
}

function findOrganisation(db: ReadableDb, org: HandoverOrganisation): string | null {
  const row = db.prepare('SELECT id FROM organisations WHERE name = ? COLLATE NOCASE AND type = ? ORDER BY created_at, id LIMIT 1').get(org.name.trim(), org.type) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

function organisationsOf(pkg: OpenedPackage): HandoverOrganisation[] {
  const all = pkg.families.flatMap((f) => f.items.flatMap((i) => [i.provenance.organisation, ...(i.timeline?.toOrganisation ? [i.timeline.toOrganisation] : [])]));
  const seen = new Map<string, HandoverOrganisation>();
  for (const o of all) seen.set(`${o.name.trim().toLowerCase()}|${o.type}`, o);
  return [...seen.values()];
}

export function provenanceLine(p: HandoverItem['provenance']): string {
  return `${p.author} (${p.organisation.name}), vastgelegd ${dutchDate(p.recordedAt)}; gedeeld op ${LEGAL_BASIS_WORDS[p.sharedOn]}`;
}

export function importPreview(db: ReadableDb, pkg: OpenedPackage, operator: Operator): HandoverImportPreview {
  checkAcceptable(db, pkg, operator);
  const { manifest } = pkg;
  return {
    packageId: manifest.packageId,
    checksum: pkg.checksum,
    createdAt: manifest.createdAt,
    sender: { organisation: manifest.sender.organisation, operator: manifest.sender.operator },
    receiver: manifest.receiver.name,
    withheld: manifest.withheld,
    families: pkg.families.map((f) => ({
      position: f.position,
      displayName: f.displayName,
      sharedOn: f.sharedOn,
      members: f.members.map((m) => ({ role: m.role, name: `${m.givenName} ${m.familyName}`.trim(), birthDate: m.birthDate })),
      items: f.items.map((i) => ({ kind: i.kind, label: i.label, provenance: provenanceLine(i.provenance) })),
      matches: matchesFor(db, f),
    })),
    newOrganisations: organisationsOf(pkg)
      .filter((o) => findOrganisation(db, o) === null)
      .map((o) => o.name),
  };
}

/**
 * A received item keeps its own basis when it has one of the four a timeline event records; an item
 * that came on conflict van plichten is recorded on consent here, the narrowest basis, so it goes no
 * further from this vault than consent allows.
 */
function recordedBasis(item: HandoverItem): LegalBasis {
  if (item.timeline !== null) return item.timeline.legalBasis;
  const basis: SharingBasis = item.provenance.sharedOn;
  return basis === 'conflict_van_plichten' ? 'toestemming' : basis;
}

const KIND_PREFIX: Record<HandoverItem['kind'], string> = {
  regie: 'Overgedragen regie',
  besluit: 'Overgedragen besluit',
  actie: 'Overgedragen actie',
  notulen: 'Overgedragen notulen',
  notulen_medisch: 'Overgedragen JGZ-notulen (medisch beroepsgeheim)',
  tijdlijn: 'Overgedragen tijdlijn',
  risico: 'Overgedragen risicotaxatie',
  vervolg: 'Overgedragen vervolg',
  gezinsplan: 'Overgedragen gezinsplan',
  veiligheidsafspraak: 'Overgedragen veiligheidsafspraak',
};

export interface ImportResult {
  familyIds: string[];
  items: number;
  members: number;
}

/** Writes the package in one transaction; `fileName` is what the export log names. */
export function applyImport(ctx: WriteContext, pkg: OpenedPackage, choices: readonly HandoverChoice[], fileName: string): ImportResult {
  const { manifest } = pkg;
  const choiceOf = new Map(choices.map((c) => [c.position, c.mergeInto]));
  for (const c of choices) {
    if (!pkg.families.some((f) => f.position === c.position)) throw new AppError('invalid_request', `Gezin ${c.position} staat niet in dit pakket.`);
  }
  return inTransaction(ctx, () => {
    checkAcceptable(ctx.db, pkg, ctx.operator);
    const receivedAt = ctx.at.toISOString();
    const receivedFrom = `${manifest.sender.organisation} (${manifest.sender.operator})`;
    const stampLine = `ontvangen van ${manifest.sender.organisation} op ${dutchDate(receivedAt)}`;
    ctx.db
      .prepare(
        `INSERT INTO handover_packages (package_id, direction, checksum, counterpart_organisation, organisation_id, created_at, recorded_at, recorded_by)
         VALUES (?, 'ontvangen', ?, ?, NULL, ?, ?, ?)`,
      )
      .run(manifest.packageId, pkg.checksum, manifest.sender.organisation, manifest.createdAt, receivedAt, operatorLabel(ctx.operator));

    const orgIds = new Map<string, string>();
    const orgId = (o: HandoverOrganisation): string => {
      const key = `${o.name.trim().toLowerCase()}|${o.type}`;
      let id = orgIds.get(key) ?? findOrganisation(ctx.db, o);
      if (id === null) id = saveOrganisation(ctx, { name: o.name.trim(), type: o.type, function: o.function, place: '', phone: '', email: '' }).id;
      orgIds.set(key, id);
      return id;
    };
    const provenance = ctx.db.prepare(
      `INSERT INTO handover_provenance (item_table, item_id, family_id, package_id, source_organisation, source_author, recorded_at, shared_on, received_from, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );

    const familyIds: string[] = [];
    let items = 0;
    let members = 0;
    for (const family of pkg.families) {
      const matches = matchesFor(ctx.db, family);
      const chosen = choiceOf.get(family.position);
      if (chosen === undefined && matches.length > 0) {
        throw new AppError('invalid_request', `Gezin ${family.position} (${family.displayName}) lijkt op ${matches.map((m) => m.displayName).join(', ')}: kies samenvoegen of een nieuw gezin.`);
      }
      let familyId: string;
      if (chosen !== undefined && chosen !== null) {
        if (ctx.db.prepare('SELECT 1 FROM families WHERE id = ?').get(chosen) === undefined) throw new AppError('not_found', 'Het gezin om mee samen te voegen bestaat niet (meer).');
        familyId = chosen;
      } else {
        familyId = createFamily(ctx, { displayName: family.displayName, anonymous: false }).id;
      }
      familyIds.push(familyId);

      const memberIds = new Map<string, string>();
      for (const m of family.members) {
        const existing =
          chosen !== undefined && chosen !== null
            ? (ctx.db
                .prepare(
                  `SELECT id FROM family_members WHERE family_id = ? AND role = ? AND lower(given_name) = lower(?) AND lower(family_name) = lower(?)
                   AND coalesce(birth_date, '') = coalesce(?, '') LIMIT 1`,
                )
                .get(familyId, m.role, m.givenName.trim(), m.familyName.trim(), m.birthDate) as { id: string } | undefined)
            : undefined;
        if (existing !== undefined) {
          memberIds.set(m.ref, existing.id);
          continue;
        }
        const saved = saveMember(ctx, {
          familyId,
          role: m.role,
          givenName: m.givenName,
          familyName: m.familyName,
          birthDate: m.birthDate,
          parentalAuthority: m.parentalAuthority,
          schoolId: null,
          schoolGroup: '',
        });
        memberIds.set(m.ref, saved.id);
        provenance.run('family_members', saved.id, familyId, manifest.packageId, m.provenance.organisation.name, m.provenance.author, m.provenance.recordedAt, m.provenance.sharedOn, receivedFrom, receivedAt);
        members += 1;
      }

      for (const item of family.items) {
        const p = item.provenance;
        const t = item.timeline;
        const date = t?.date ?? amsterdamDay(new Date(p.recordedAt));
        const saved = saveRecord(ctx, timelineTable, {
          familyId,
          type: t?.type ?? 'notitie',
          date,
          sortKey: fuzzySortKey(date),
          organisationId: orgId(p.organisation),
          requestedBy: null,
          toOrganisationId: t?.toOrganisation ? orgId(t.toOrganisation) : null,
          referralStatus: null,
          statusDate: null,
          reason: t?.reason ?? '',
          stagnationReason: null,
          consentStatus: null,
          escalationStep: null,
          noticedBy: t?.noticedBy ?? '',
          summary: t === null ? `${KIND_PREFIX[item.kind]}: ${item.text}` : item.text,
          legalBasis: recordedBasis(item),
          memberIds: (t?.memberRefs ?? []).map((ref) => memberIds.get(ref)).filter((id): id is string => id !== undefined),
          recordedBy: `${p.author} (${p.organisation.name}) — ${stampLine}`,
        });
        provenance.run('timeline_events', saved.id, familyId, manifest.packageId, p.organisation.name, p.author, p.recordedAt, p.sharedOn, receivedFrom, receivedAt);
        items += 1;
      }

      ctx.db.prepare("INSERT INTO handover_families (package_id, direction, family_id, action_id) VALUES (?, 'ontvangen', ?, NULL)").run(manifest.packageId, familyId);
      audit(ctx, {
        action: 'handover.import',
        entity: 'handover',
        entityId: manifest.packageId,
        familyId,
        summary: `Overdracht ${stampLine} (${family.items.length} onderdelen, ${family.members.length} gezinsleden${chosen ? ', samengevoegd met een bestaand gezin' : ''})`,
      });
    }

    recordExport(ctx.db, ctx.operator, ctx.at, {
      kind: 'overdracht_ontvangen',
      fileName,
      familyIds,
      meetingId: null,
      recipient: { professionalId: null, name: manifest.sender.operator, organisation: manifest.sender.organisation },
      included: `${familyIds.length} ${familyIds.length === 1 ? 'gezin' : 'gezinnen'}, ${items} ${items === 1 ? 'onderdeel' : 'onderdelen'}, ${members} ${members === 1 ? 'gezinslid' : 'gezinsleden'}`,
      withheld: `Bij de afzender achtergehouden: ${manifest.withheld}`,
    });
    return { familyIds, items, members };
  });
}
