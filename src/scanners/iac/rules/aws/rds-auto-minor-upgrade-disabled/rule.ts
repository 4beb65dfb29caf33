import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-rds-auto-minor-upgrade-disabled',
    title: 'RDS automatic minor version upgrades are turned off',
    severity: 'low',
    description:
      'Minor engine versions carry security fixes. With automatic minor upgrades off, a database keeps running engine versions with known vulnerabilities until someone upgrades it by hand.',
    remediation:
      'Leave `auto_minor_version_upgrade` (`AutoMinorVersionUpgrade`) at its default, true, and pick a maintenance window.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#auto_minor_version_upgrade',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'patching',
    compliance: {
      'cis-aws-3.0': ['2.3.2'],
      'nist-800-53-r5': ['SI-2'],
      'soc2-2017': ['CC7.1'],
      'pci-dss-4.0': ['6.3.3'],
    },
    aliases: ['CKV_AWS_226'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_db_instance', path: 'auto_minor_version_upgrade' },
        { type: 'aws_rds_cluster_instance', path: 'auto_minor_version_upgrade' },
        { type: 'AWS::RDS::DBInstance', path: 'AutoMinorVersionUpgrade' },
      ],
      requireTrue(true),
    ),
};

export default rule;
