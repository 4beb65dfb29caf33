import type { AccountSeed } from '../seed';
import { accountResource, expect, region, rootRow, daysAgo } from './builders';
import { AUDIT_ROLE, cleanAccount } from './clean-account';
import { ALL_MONITORING, CIS_FILTERS, addMonitoring } from './monitoring';

export const VARIANT_ACCOUNT = '100000000003';

/**
 * Misconfigurations that exclude those of the insecure account: a root user with a virtual MFA device, no
 * password policy at all, and a complete trail whose monitoring is only partly set up.
 */
export function variantAccount(id: string = VARIANT_ACCOUNT): AccountSeed {
  const account = cleanAccount(id, ['us-east-1', 'eu-west-1'], []);
  const root = accountResource(id);
  account.iam.virtualMfaDevices.push({
    SerialNumber: `arn:aws:iam::${id}:mfa/root-account-mfa-device`,
    User: { Arn: `arn:aws:iam::${id}:root`, UserId: id },
    EnableDate: new Date('2024-01-02T00:00:00Z'),
  });
  account.iam.credentialReport[0] = rootRow(id, { password_last_used: daysAgo(31) });
  expect(account, 'iam-root-hardware-mfa', root);
  account.iam.passwordPolicy = null;
  for (const check of ['iam-password-min-length', 'iam-password-reuse', 'iam-password-complexity'])
    expect(account, check, root);
  const home = region(account, 'us-east-1');
  home.metricFilters = [];
  home.alarms = [];
  const levels = Object.fromEntries(ALL_MONITORING.map((slug) => [slug, 'alarmed' as const]));
  addMonitoring(home, id, 'us-east-1', 'cloudtrail/main', {
    ...levels,
    'unauthorized-api-calls': 'no-subscriber',
    'iam-policy-changes': 'no-alarm',
  });
  // A filter that leaves StopLogging out does not monitor CloudTrail changes.
  const partial = home.metricFilters.find((filter) => filter.filterName === 'cis-cloudtrail-changes')!;
  partial.filterPattern = CIS_FILTERS['cloudtrail-changes']!.replace(' || ($.eventName = StopLogging)', '');
  for (const slug of ['unauthorized-api-calls', 'iam-policy-changes', 'cloudtrail-changes'])
    expect(account, `monitoring-${slug}`, root);
  account.stsRoles = account.stsRoles
    .filter((entry) => entry.name !== AUDIT_ROLE)
    .concat({ name: AUDIT_ROLE, trustedAccounts: [id] });
  return account;
}
