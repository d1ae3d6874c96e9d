import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import type { NetworkMember } from '../../../shared/familyPlan/familyPlanRecords';
import { FieldShell, fieldDescribedBy } from '../../components/FieldShell';
import { i18n } from '../../i18n';

/** An owner from the sociale kaart: a contact person ("prof:<id>") or an organisation itself ("org:<id>"). */
export function OwnerSelect({
  label,
  value,
  onChange,
  directory,
  error,
  professionalsOnly = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  directory: DirectoryContent;
  error?: string | null;
  professionalsOnly?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
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
        {directory.organisations.map((org) => (
          <optgroup key={org.id} label={org.name}>
            {professionalsOnly ? null : <option value={`org:${org.id}`}>{t('regie.owner.organisationItself', { name: org.name })}</option>}
            {directory.professionals
              .filter((p) => p.organisationId === org.id)
              .map((p) => (
                <option key={p.id} value={`prof:${p.id}`}>
                  {p.role ? `${p.name}, ${p.role}` : p.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
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
