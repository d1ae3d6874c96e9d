import { useTranslation } from 'react-i18next';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import type { NetworkMember } from '../../../shared/familyPlan/familyPlanRecords';
import { SelectInput } from '../../components/FormFields';
import { ownerIds } from '../regie/OwnerSelect';

/**
 * Who carries out an agreement of the plan: the family itself ("gezin"), someone of its network
 * ("net:<id>"), or a professional or organisation from the sociale kaart ("prof:<id>", "org:<id>").
 */
export function PlanOwnerSelect({
  value,
  onChange,
  network,
  directory,
  error,
}: {
  value: string;
  onChange(value: string): void;
  network: readonly NetworkMember[];
  directory: DirectoryContent;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const choices = [
    { value: '', label: t('regie.choose') },
    { value: 'gezin', label: t('familyPlan.agreements.ownerFamily') },
    ...network.map((m) => ({ value: `net:${m.id}`, label: `${t('familyPlan.agreements.ownerNetworkGroup')}: ${m.relation ? `${m.name} (${m.relation})` : m.name}` })),
    ...directory.professionals.map((p) => {
      const org = directory.organisations.find((o) => o.id === p.organisationId);
      return { value: `prof:${p.id}`, label: `${t('familyPlan.agreements.ownerProfessionalGroup')}: ${p.name}${org ? ` (${org.name})` : ''}` };
    }),
  ];
  return <SelectInput label={t('familyPlan.agreements.ownerLabel')} value={value} onChange={onChange} choices={choices} error={error} />;
}

export function planOwnerIds(
  value: string,
  directory: DirectoryContent,
): { ownerProfessionalId: string | null; ownerOrganisationId: string | null; ownerFamily: boolean; ownerNetworkMemberId: string | null } {
  if (value === 'gezin') return { ownerProfessionalId: null, ownerOrganisationId: null, ownerFamily: true, ownerNetworkMemberId: null };
  if (value.startsWith('net:')) return { ownerProfessionalId: null, ownerOrganisationId: null, ownerFamily: false, ownerNetworkMemberId: value.slice(4) };
  return { ...ownerIds(value, directory), ownerFamily: false, ownerNetworkMemberId: null };
}
