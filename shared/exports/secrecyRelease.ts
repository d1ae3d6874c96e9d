import type { WithheldReason } from '../contract/summaryChannels';
import type { OrganisationType } from '../domain/vocabulary';

/**
 * A release from medical professional secrecy, as the sharing rule reads it. The secrecy holder
 * names to whom it goes, on which basis and how they confirmed it; the release reaches a recipient
 * only while that basis holds on the day of the export:
 * - toestemming: only the named organisations, and only while the family's consent covers both the
 *   holder's organisation and the recipient (withdrawn or ended consent ends the release);
 * - conflict van plichten: only organisations named by both the release and the recorded decision
 *   it rests on, and only while that decision stands;
 * - meldrecht: only Veilig Thuis, and only with a suspicion on record.
 * Releases recorded before releases had a scope (`organisations` null) reach, on toestemming, the
 * organisations the consent covers on the day; on conflict van plichten, the organisations of the
 * family's decisions that stand on the day; without a recorded basis, nobody.
 * Pure: adding a named organisation never takes the item away from anyone.
 */
export const ITEM_RELEASE_BASES = ['toestemming', 'conflict_van_plichten', 'meldrecht', 'niet_vastgelegd'] as const;
export type ItemReleaseBasis = (typeof ITEM_RELEASE_BASES)[number];

export interface ReleaseOrganisation {
  id: string;
  name: string;
}

export interface ItemRelease {
  basis: ItemReleaseBasis;
  /** To whom it goes; null = recorded before releases had a scope. */
  organisations: readonly ReleaseOrganisation[] | null;
  holderName: string | null;
  holderOrganisationId: string | null;
  holderOrganisationName: string | null;
  /** The conflict van plichten decision a release on that basis rests on. */
  conflictOfDutiesId: string | null;
}

/** The family's facts on the day of the export that a release's basis depends on. */
export interface ReleaseFacts {
  /** Organisations the family's consent covers on the day. */
  consentedOrganisationIds: readonly string[];
  /** The family's conflict van plichten decisions that stand on the day. */
  conflictDecisions: readonly { id: string; organisationIds: readonly string[] }[];
  suspicionRecorded: boolean;
}

export interface ReleaseRecipient {
  organisationId: string;
  organisationType: OrganisationType;
}

export interface ReleaseReach {
  reaches: boolean;
  withheldReason: WithheldReason | null;
  /** A Dutch sentence for the preview: why the item goes, or why not. */
  why: string;
}

export const RELEASE_BASIS_WORDS: Record<ItemReleaseBasis, string> = {
  toestemming: 'toestemming',
  conflict_van_plichten: 'conflict van plichten',
  meldrecht: 'meldrecht',
  niet_vastgelegd: 'een niet vastgelegde grondslag',
};

export function dutchList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;
}

function holderWords(release: ItemRelease): string {
  if (release.holderName === null) return 'de beroepsgeheimhouder';
  return release.holderOrganisationName === null ? release.holderName : `${release.holderName} (${release.holderOrganisationName})`;
}

function names(organisations: readonly ReleaseOrganisation[]): string {
  return dutchList(organisations.map((o) => o.name));
}

function goes(release: ItemRelease, toWhom: string): ReleaseReach {
  return { reaches: true, withheldReason: null, why: `Vrijgegeven door ${holderWords(release)} op ${RELEASE_BASIS_WORDS[release.basis]}, ${toWhom}.` };
}

function notFor(why: string): ReleaseReach {
  return { reaches: false, withheldReason: 'vrijgave_niet_voor_ontvanger', why };
}

function lapsed(why: string): ReleaseReach {
  return { reaches: false, withheldReason: 'vrijgave_vervallen', why };
}

const OLD = 'vastgelegd voordat een vrijgave de ontvangers noemde';

/** Does this release carry the item to this recipient on the day the facts describe? */
export function releaseReaches(recipient: ReleaseRecipient, release: ItemRelease, facts: ReleaseFacts): ReleaseReach {
  const named = release.organisations;
  const isNamed = named !== null && named.some((o) => o.id === recipient.organisationId);
  switch (release.basis) {
    case 'niet_vastgelegd':
      return {
        reaches: false,
        withheldReason: 'vrijgave_zonder_ontvangers',
        why: `De vrijgave is ${OLD}, zonder grondslag: leg de vrijgave opnieuw vast met de ontvangers, de grondslag en de bevestiging van de beroepsgeheimhouder.`,
      };
    case 'toestemming': {
      if (named !== null && !isNamed) return notFor(`Niet vrijgegeven voor deze ontvanger: de vrijgave op toestemming noemt alleen ${names(named)}.`);
      const holderCovered = release.holderOrganisationId === null || facts.consentedOrganisationIds.includes(release.holderOrganisationId);
      const recipientCovered = facts.consentedOrganisationIds.includes(recipient.organisationId);
      if (named === null && holderCovered && !recipientCovered) {
        return notFor(`Niet vrijgegeven voor deze ontvanger: de vrijgave op toestemming is ${OLD} en de toestemming dekt deze ontvanger niet.`);
      }
      if (!holderCovered || !recipientCovered) {
        return lapsed(
          `Vrijgave vervallen: de toestemming waarop ${holderWords(release)} het vrijgaf, dekt ${
            holderCovered ? 'deze ontvanger' : (release.holderOrganisationName ?? 'de beroepsgeheimhouder')
          } vandaag niet (meer): ingetrokken, geweigerd of afgelopen.`,
        );
      }
      return goes(release, named === null ? `${OLD}; de toestemming dekt deze ontvanger` : `voor ${names(named)}`);
    }
    case 'conflict_van_plichten': {
      if (named === null) {
        const covering = facts.conflictDecisions.some((d) => d.organisationIds.includes(recipient.organisationId));
        return covering
          ? goes(release, `${OLD}; een besluit conflict van plichten noemt deze ontvanger`)
          : notFor(`Niet vrijgegeven voor deze ontvanger: de vrijgave op conflict van plichten is ${OLD} en geen geldend besluit conflict van plichten noemt deze ontvanger.`);
      }
      if (!isNamed) return notFor(`Niet vrijgegeven voor deze ontvanger: de vrijgave op conflict van plichten noemt alleen ${names(named)}.`);
      const decision = facts.conflictDecisions.find((d) => d.id === release.conflictOfDutiesId);
      if (decision === undefined) return lapsed('Vrijgave vervallen: het besluit conflict van plichten waarop het is vrijgegeven, geldt vandaag niet (meer).');
      if (!decision.organisationIds.includes(recipient.organisationId)) {
        return notFor('Niet vrijgegeven voor deze ontvanger: het besluit conflict van plichten waarop de vrijgave rust, noemt deze ontvanger niet.');
      }
      return goes(release, `voor ${names(named)}`);
    }
    case 'meldrecht': {
      if (recipient.organisationType !== 'veilig_thuis' || !isNamed) {
        return notFor(`Niet vrijgegeven voor deze ontvanger: de vrijgave op meldrecht geldt alleen voor ${named === null ? 'Veilig Thuis' : names(named)}.`);
      }
      if (!facts.suspicionRecorded) return lapsed('Vrijgave vervallen: meldrecht geldt alleen met een vastgelegd vermoeden, en dat is er niet.');
      return goes(release, `voor ${names(named ?? [])}`);
    }
  }
}
