import { at, readBool } from '../../../gcp/gcp-settings';
import { sqlAnchor, sqlInstances } from '../../../gcp/sql-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-backups-disabled',
    title: 'Cloud SQL instance has no automated backups',
    severity: 'medium',
    description:
      'Automated backups are off unless configured. Without them a deleted table, a bad migration, corruption or ransomware leaves no restore point, and point-in-time recovery is impossible.',
    remediation:
      'Add `settings.backup_configuration { enabled = true }` with point-in-time recovery (`point_in_time_recovery_enabled` for PostgreSQL and SQL Server, `binary_log_enabled` for MySQL) and a retention that matches the recovery objectives.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/backup-recovery/backups',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#backup_configuration',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'database',
    compliance: {
      'cis-gcp-3.0': ['6.7'],
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['CKV_GCP_14', 'AVD-GCP-0024', 'google-sql-enable-backup'],
  },
  check(model) {
    return sqlInstances(model).flatMap((instance) => {
      if (instance.replica !== false || instance.settings?.kind === 'unknown') return [];
      const backups = at(instance.settings, 'backup_configuration');
      const node = at(backups, 'enabled');
      const value = readBool(node);
      if (value === true || value === 'unknown' || backups?.kind === 'unknown') return [];
      const how = node ? 'turns automated backups off' : 'does not enable automated backups';
      return [
        flag(
          instance.resource,
          sqlAnchor(node, backups, instance.settings),
          `${instance.resource.address} ${how}`,
        ),
      ];
    });
  },
};

export default rule;
