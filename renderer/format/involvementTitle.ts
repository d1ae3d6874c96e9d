import type { DirectoryContent } from '../../shared/contract/registerChannels';
import type { Involvement } from '../../shared/domain/records';

/** "An de Boer, GGD Drenthe" or just the organisation when no person is named. */
export function involvementTitle(involvement: Involvement, directory: DirectoryContent | null, t: (key: string) => string): string {
  const organisation = directory?.organisations.find((o) => o.id === involvement.organisationId);
  const professional = involvement.professionalId ? directory?.professionals.find((p) => p.id === involvement.professionalId) : undefined;
  const orgName = organisation?.name ?? t('involvement.unknownOrganisation');
  return professional ? `${professional.name}, ${orgName}` : orgName;
}
