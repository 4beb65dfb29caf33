import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';
import { daysSince, isoDay } from '../shared/dates';

/** How recent a root sign-in or key use must be to be reported. */
export const ROOT_USE_WINDOW_DAYS = 30;

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-root-recently-used',
    title: 'Root user was used recently',
    severity: 'high',
    description:
      'The root user should be locked away for the few tasks only it can do. Regular use means its password or keys are handled often, and that everyday work runs with unlimited, unrestrictable power.',
    remediation: `Find out who used the root user and why (CloudTrail events with userIdentity.type Root), move that work to IAM roles or IAM Identity Center users, and keep the root credentials for the tasks that require them. cloudgate reports use within the last ${ROOT_USE_WINDOW_DAYS} days.`,
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: { 'cis-aws-4.0.1': ['1.7'], 'soc2-2017': ['CC6.1'], 'nist-800-53-r5': ['AC-6(5)'] },
    aliases: ['iam_avoid_root_usage'],
  },
  scope: 'account',
  needs: ['iam.credentialReport'],
  check(context) {
    const root = context.get('iam.credentialReport')?.users.find((user) => user.isRoot);
    if (!root) return [];
    const uses = [root.passwordLastUsed, ...root.keys.map((key) => key.lastUsed)].filter(
      (date): date is Date => date !== undefined,
    );
    const latest = uses.sort((a, b) => b.getTime() - a.getTime())[0];
    if (!latest || daysSince(latest, context.now) > ROOT_USE_WINDOW_DAYS) return [];
    return [
      context.flag(
        accountResource(context.account),
        `The root user of account ${context.account} was last used on ${isoDay(latest)}, within the last ${ROOT_USE_WINDOW_DAYS} days.`,
        { properties: { lastUsed: latest.toISOString() } },
      ),
    ];
  },
};

export default rule;
