import type { RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-rds-auto-minor-upgrade-disabled',
    title: 'RDS instance does not get minor engine upgrades automatically',
    severity: 'low',
    description:
      'Minor engine versions carry security fixes. Without automatic minor upgrades, instances keep running known-vulnerable engine versions until someone upgrades them by hand.',
    remediation:
      'Enable auto minor version upgrade (aws rds modify-db-instance --db-instance-identifier <id> --auto-minor-version-upgrade) and choose a maintenance window.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'database',
    compliance: {
      'cis-aws-4.0.1': ['2.2.2'],
      'nist-800-53-r5': ['SI-2'],
      'soc2-2017': ['CC7.1'],
      'pci-dss-4.0': ['6.3.3'],
    },
    aliases: ['rds_instance_minor_version_upgrade_enabled'],
  },
  scope: 'region',
  needs: ['rds.instances'],
  check(context) {
    const instances = context.get('rds.instances') ?? [];
    return instances
      .filter((instance) => instance.AutoMinorVersionUpgrade === false && instance.DBInstanceArn)
      .map((instance) =>
        context.flag(
          instance.DBInstanceArn!,
          `RDS instance ${instance.DBInstanceIdentifier ?? ''} has automatic minor version upgrades off.`,
        ),
      );
  },
};

export default rule;
