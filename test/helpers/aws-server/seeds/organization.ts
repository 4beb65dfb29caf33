import type { AccountSeed, OrganizationSeed } from '../seed';
import { region } from './builders';
import { AUDIT_ROLE, AUDIT_SUBJECT, cleanAccount } from './clean-account';

export const MANAGEMENT_ACCOUNT = '200000000000';

/**
 * An organisation of `size` clean accounts: the management account holds the organisation trail (and its
 * metric filters); members have no trail of their own and trust the management account's audit role.
 */
export function organization(
  size: number,
  regions: string[],
): { accounts: AccountSeed[]; organization: OrganizationSeed } {
  const management = cleanAccount(MANAGEMENT_ACCOUNT, regions, []);
  const home = regions[0]!;
  for (const trail of region(management, home).trails) trail.IsOrganizationTrail = true;
  management.stsRoles = [
    { name: AUDIT_ROLE, oidcSubjects: [AUDIT_SUBJECT], trustedAccounts: [MANAGEMENT_ACCOUNT] },
  ];
  const members = Array.from({ length: size - 1 }, (_, index) => {
    const id = String(200000000001 + index);
    const member = cleanAccount(id, regions, []);
    for (const name of regions) {
      const seed = region(member, name);
      seed.trails = [];
      seed.metricFilters = [];
      seed.alarms = [];
      seed.topics = {};
    }
    member.s3.buckets = member.s3.buckets.filter((bucket) => !bucket.name.startsWith('trail-logs-'));
    member.stsRoles = [{ name: AUDIT_ROLE, trustedAccounts: [MANAGEMENT_ACCOUNT] }];
    return member;
  });
  const accounts = [management, ...members];
  return {
    accounts,
    organization: { management: MANAGEMENT_ACCOUNT, members: accounts.map((account) => account.id) },
  };
}
