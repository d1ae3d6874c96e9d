import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import type { NetworkMember } from '../../../shared/familyPlan/familyPlanRecords';
import { involvedOrganisationsFirst } from '../../../shared/regie/familyChoices';
import { FieldShell, fieldDescribedBy } from '../../components/FieldShell';
import { i18n } from '../../i18n';

/** What belongs to the family, for the owner chooser: its involvements and network, and today. */
export interface OwnerFamily {
  choices: RegieOverview['familyChoices'];
  today: string;
}

/**
 * An owner: a contact person ("prof:<id>") or an organisation itself ("org:<id>") from the sociale
 * kaart, and with `withFamily` the family itself ("gezin") or someone of its network ("net:<id>").
 * The family's own people come first, then the organisations involved with the family, then the
 * rest of the sociale kaart (shared/regie/familyChoices).
 */
export function OwnerSelect({
  label,
  value,
  onChange,
  directory,
  family,
  error,
  professionalsOnly = false,
  withFamily = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  directory: DirectoryContent;
  family: OwnerFamily;
  error?: string | null;
  professionalsOnly?: boolean;
  /** Offer the family itself and its network (an action the family carries out). */
  withFamily?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const organisations = involvedOrganisationsFirst(directory.organisations, family.choices.involvements, family.today);
  const group = (org: DirectoryContent['organisations'][number], involved: boolean) => (
    <optgroup key={org.id} label={involved ? t('regie.owner.involvedGroup', { name: org.name }) : org.name}>
      {professionalsOnly ? null : <option value={`org:${org.id}`}>{t('regie.owner.organisationItself', { name: org.name })}</option>}
      {directory.professionals
        .filter((p) => p.organisationId === org.id)
        .map((p) => (
          <option key={p.id} value={`prof:${p.id}`}>
            {p.role ? `${p.name}, ${p.role}` : p.name}
          </option>
        ))}
    </optgroup>
  );
  return (
    <FieldShell id={id} label={label} error={error}>
      <select
        id={id}
        className="field__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, undefined, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('regie.choose')}</option>
        {withFamily ? (
          <optgroup label={t('regie.owner.familyGroup')}>
            <option value="gezin">{t('regie.owner.familyItself')}</option>
            {family.choices.network.map((m) => (
              <option key={m.id} value={`net:${m.id}`}>
                {m.relation ? `${m.name} (${m.relation})` : m.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {organisations.family.map((org) => group(org, true))}
        {organisations.others.map((org) => group(org, false))}
      </select>
    </FieldShell>
  );
}

/** "gezin" / "net:<id>" / "prof:<id>" / "org:<id>" → every owner field of an action. */
export function actionOwnerIds(
  value: string,
  directory: DirectoryContent,
): { ownerProfessionalId: string | null; ownerOrganisationId: string | null; ownerFamily: boolean; ownerNetworkMemberId: string | null } {
  if (value === 'gezin') return { ownerProfessionalId: null, ownerOrganisationId: null, ownerFamily: true, ownerNetworkMemberId: null };
  if (value.startsWith('net:')) return { ownerProfessionalId: null, ownerOrganisationId: null, ownerFamily: false, ownerNetworkMemberId: value.slice(4) };
  return { ...ownerIds(value, directory), ownerFamily: false, ownerNetworkMemberId: null };
}

/** "prof:<id>" / "org:<id>" → the owner's professional and organisation ids. */
export function ownerIds(value: string, directory: DirectoryContent): { ownerProfessionalId: string | null; ownerOrganisationId: string | null } {
  if (value.startsWith('prof:')) {
    const p = directory.professionals.find((x) => x.id === value.slice(5));
    return { ownerProfessionalId: p?.id ?? null, ownerOrganisationId: p?.organisationId ?? null };
  }
  if (value.startsWith('org:')) return { ownerProfessionalId: null, ownerOrganisationId: value.slice(4) };
  return { ownerProfessionalId: null, ownerOrganisationId: null };
}

/**
 * "Ilse Wiersma (JGZ Drenthe)", or the organisation alone; for an agreement of the family plan "het
 * gezin", or the network member by name when the plan's network is at hand.
 */
export function ownerLabel(
  ids: { ownerProfessionalId: string | null; ownerOrganisationId: string | null; ownerFamily?: boolean; ownerNetworkMemberId?: string | null },
  directory: DirectoryContent | null,
  network: readonly NetworkMember[] = [],
): string {
  if (ids.ownerFamily === true) return i18n.t('regie.owner.family');
  if (ids.ownerNetworkMemberId) {
    const m = network.find((x) => x.id === ids.ownerNetworkMemberId);
    return m === undefined ? i18n.t('regie.owner.network') : m.relation ? `${m.name} (${m.relation})` : m.name;
  }
  const p = directory?.professionals.find((x) => x.id === ids.ownerProfessionalId);
  const o = directory?.organisations.find((x) => x.id === (ids.ownerOrganisationId ?? p?.organisationId));
  if (p && o) return `${p.name} (${o.name})`;
  return p?.name ?? o?.name ?? '—';
}
