import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';
import { missingSettings } from '../shared/s3-exposure';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-s3-account-public-access-block',
    title: 'S3 Block Public Access is not fully on for the account',
    severity: 'high',
    description:
      'The account-level Block Public Access setting stops every bucket, present and future, from being made public by an ACL or a policy. Without it, one careless policy or upload ACL exposes data to the Internet.',
    remediation:
      'Turn on all four Block Public Access settings for the account (S3 console > Block Public Access settings for this account, or aws s3control put-public-access-block --account-id <id> with all four set to true); serve public content through CloudFront instead.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetPublicAccessBlock.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'cis-aws-4.0.1': ['2.1.4'],
      'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)'],
    },
    aliases: ['s3_account_level_public_access_blocks'],
  },
  scope: 'account',
  needs: ['s3.accountPublicAccessBlock'],
  check(context) {
    const block = context.get('s3.accountPublicAccessBlock');
    if (block === undefined) return [];
    const missing = missingSettings(block);
    if (missing.length === 0) return [];
    const what =
      block === null
        ? 'has no account-level Block Public Access configuration'
        : `leaves ${missing.join(', ')} off at the account level`;
    return [context.flag(accountResource(context.account), `Account ${context.account} ${what}.`)];
  },
};

export default rule;
