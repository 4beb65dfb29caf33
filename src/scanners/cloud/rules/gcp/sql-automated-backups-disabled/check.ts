import type { GcpAuditRule } from '../gcp-audit-rule';
import { isReplicaOrExternal, sqlRegion, sqlResource } from '../shared/sql-instance';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-sql-automated-backups-disabled',
    title: 'Cloud SQL instance has automated backups turned off',
    severity: 'medium',
    description:
      'Without automated backups there is no point to restore to after an accidental deletion, a bad migration or ransomware that encrypts or drops the data, and point-in-time recovery cannot be used either.',
    remediation:
      'Turn on automated backups with a backup window (gcloud sql instances patch NAME --backup-start-time=HH:MM), keep enough retained backups, and turn on point-in-time recovery for production data. Read replicas are not reported.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/backup-recovery/backups',
      'https://cloud.google.com/sql/docs/postgres/backup-recovery/backing-up',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'resilience',
    compliance: {
      'cis-gcp-3.0': ['6.7'],
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['cloudsql_instance_automated_backups'],
  },
  needs: ['sqlInstances'],
  check(context) {
    return (context.get('sqlInstances') ?? [])
      .filter((instance) => !isReplicaOrExternal(instance))
      .filter((instance) => instance.settings?.backupConfiguration?.enabled !== true)
      .map((instance) =>
        context.flag(
          sqlResource(context.scope, instance),
          `Cloud SQL instance ${instance.name} (${instance.databaseVersion ?? 'unknown engine'}) has automated backups off.`,
          sqlRegion(instance),
        ),
      );
  },
};

export default rule;
