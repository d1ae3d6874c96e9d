import type { HouseholdMember } from '../../shared/domain/records';

export function memberName(member: Pick<HouseholdMember, 'givenName' | 'familyName'>): string {
  return member.familyName ? `${member.givenName} ${member.familyName}` : member.givenName;
}
