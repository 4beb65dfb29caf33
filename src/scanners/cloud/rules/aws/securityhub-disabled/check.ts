import { accountResource, type RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-securityhub-disabled',
    title: 'Security Hub is not enabled in the region',
    severity: 'medium',
    description:
      'Security Hub gathers the findings of GuardDuty, Inspector, Macie, Config rules and partner tools in one place and checks the account against security standards continuously. Without it in a region, findings there are scattered and easy to miss.',
    remediation:
      'Enable Security Hub in every region, preferably with central configuration from a delegated administrator account, and enable the AWS Foundational Security Best Practices standard.',
    links: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html',
      'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'monitoring',
    compliance: {
      'cis-aws-4.0.1': ['4.16'],
      'nist-800-53-r5': ['SI-4', 'CA-7'],
      'soc2-2017': ['CC7.1', 'CC7.2'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)'],
    },
    aliases: ['securityhub_enabled'],
  },
  scope: 'region',
  needs: ['securityhub.hub'],
  check(context) {
    const hub = context.get('securityhub.hub');
    if (!hub || hub.enabled) return [];
    return [
      context.flag(
        accountResource(context.account),
        `Security Hub is not enabled in ${context.region} of account ${context.account}.`,
      ),
    ];
  },
};

export default rule;
