import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-ebs-default-encryption-disabled',
    title: 'EBS encryption by default is turned off',
    severity: 'medium',
    description:
      'EBS encryption by default makes every new volume and snapshot copy in the region encrypted, whoever creates it and however. Turning it off leaves encryption to each volume definition.',
    remediation:
      'Set `enabled = true` on `aws_ebs_encryption_by_default` (the default) and keep it on in every region you use.',
    links: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_encryption_by_default',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-3.0': ['2.2.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
    },
    aliases: ['CKV_AWS_106'],
  },
  check: (model) =>
    settingFindings(model, [{ type: 'aws_ebs_encryption_by_default', path: 'enabled' }], requireTrue(true)),
};

export default rule;
