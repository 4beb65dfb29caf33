import type { AccountAuditRule } from '../../../engine/audit-rule';
import type { CredentialReportUser } from '../../../collectors/aws/iam-credential-report';
import { daysSince } from '../shared/dates';

export const UNUSED_DAYS = 45;

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-credentials-unused',
    title: 'IAM user credentials unused for 45 days or more are still enabled',
    severity: 'medium',
    description:
      'A password or access key nobody uses is a credential nobody watches: it belongs to someone who left or a job that stopped, and it still opens the account if it leaks.',
    remediation: `Remove the console password (delete the login profile) and deactivate access keys that were not used in ${UNUSED_DAYS} days; delete them once nothing breaks.`,
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.12'],
      'nist-800-53-r5': ['AC-2', 'AC-2(3)'],
      'soc2-2017': ['CC6.2'],
      'pci-dss-4.0': ['8.2.6'],
      'hipaa-security-rule': ['164.308(a)(3)(ii)(B)', '164.308(a)(4)(i)'],
    },
    aliases: [
      'iam_disable_45_days_credentials',
      'iam_user_console_access_unused',
      'iam_user_accesskey_unused',
    ],
  },
  scope: 'account',
  needs: ['iam.credentialReport'],
  check(context) {
    const users = context.get('iam.credentialReport')?.users ?? [];
    return users.flatMap((user) => {
      const stale = staleCredentials(user, context.now);
      return stale.length === 0
        ? []
        : [context.flag(user.arn, `IAM user ${user.user} has ${stale.join(' and ')}.`)];
    });
  },
};

/** Unused means: never used since it was set (and set long enough ago), or last used long enough ago. */
export function staleCredentials(user: CredentialReportUser, now: Date): string[] {
  if (user.isRoot) return [];
  const stale: string[] = [];
  if (user.passwordEnabled) {
    const since = user.passwordLastUsed ?? user.passwordLastChanged ?? user.created;
    if (since && daysSince(since, now) >= UNUSED_DAYS) {
      stale.push(
        `a console password ${user.passwordLastUsed ? 'last used' : 'never used since it was set'} ${daysSince(since, now)} days ago`,
      );
    }
  }
  for (const key of user.keys) {
    if (!key.active) continue;
    const since = key.lastUsed ?? key.lastRotated ?? user.created;
    if (since && daysSince(since, now) >= UNUSED_DAYS) {
      stale.push(
        `active access key ${key.slot} ${key.lastUsed ? 'last used' : 'never used since it was created'} ${daysSince(since, now)} days ago`,
      );
    }
  }
  return stale;
}

export default rule;
