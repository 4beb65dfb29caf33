import { accountResource, type RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-ec2-ebs-default-encryption-disabled',
    title: 'EBS encryption by default is off in the region',
    severity: 'medium',
    description:
      'With encryption by default, every new EBS volume and snapshot copy in the region is encrypted whatever the launch template says. Without it, each launch must remember to ask, and unencrypted volumes and snapshots appear.',
    remediation:
      'Turn on EBS encryption by default in every region (EC2 console > Settings > EBS encryption, or aws ec2 enable-ebs-encryption-by-default --region <region>); existing volumes must be re-created from encrypted snapshots.',
    links: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_GetEbsEncryptionByDefault.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-4.0.1': ['5.1.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['ec2_ebs_default_encryption'],
  },
  scope: 'region',
  needs: ['ec2.ebsEncryptionByDefault'],
  check(context) {
    if (context.get('ec2.ebsEncryptionByDefault') !== false) return [];
    return [
      context.flag(
        accountResource(context.account),
        `EBS encryption by default is off in ${context.region} of account ${context.account}.`,
      ),
    ];
  },
};

export default rule;
