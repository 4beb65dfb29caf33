import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-root-access-keys',
    title: 'Root user has active access keys',
    severity: 'critical',
    description:
      'The root user can do anything in the account, including closing it, and no policy can restrict it. An access key for the root user is a long-lived secret with that power: if it leaks from a script, a laptop or a CI log, the whole account is lost.',
    remediation:
      'Sign in as the root user, open Security credentials, and deactivate then delete every access key. Use IAM roles or IAM Identity Center for programmatic access instead.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.4'],
      'nist-800-53-r5': ['AC-2', 'AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1', '7.2.2', '8.2.1', '8.2.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)', '164.308(a)(4)(i)', '164.312(a)(2)(i)'],
    },
    aliases: ['iam_no_root_access_key'],
  },
  scope: 'account',
  needs: ['iam.credentialReport'],
  check(context) {
    const root = context.get('iam.credentialReport')?.users.find((user) => user.isRoot);
    const active = root?.keys.filter((key) => key.active) ?? [];
    if (!root || active.length === 0) return [];
    const slots = active.map((key) => `access key ${key.slot}`).join(' and ');
    return [
      context.flag(
        accountResource(context.account),
        `The root user of account ${context.account} has ${slots} active.`,
      ),
    ];
  },
};

export default rule;
