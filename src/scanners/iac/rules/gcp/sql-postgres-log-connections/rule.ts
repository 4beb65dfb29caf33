import { databaseFlagViolations } from '../../../gcp/sql-flag-check';
import type { IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-postgres-log-connections',
    title: 'Cloud SQL for PostgreSQL does not log connection attempts',
    severity: 'low',
    description:
      'PostgreSQL does not log connection attempts unless `log_connections` is on. Without those entries, password guessing, connections from unexpected clients and the start of an intrusion leave no trace in the database logs.',
    remediation: 'Add `database_flags { name = "log_connections", value = "on" }` to the instance settings.',
    links: [
      'https://cloud.google.com/sql/docs/postgres/flags',
      'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CONNECTIONS',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['6.2.2'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_GCP_52', 'AVD-GCP-0016', 'google-sql-pg-log-connections'],
  },
  check: (model) =>
    databaseFlagViolations(model, {
      engine: 'postgres',
      name: 'log_connections',
      expected: 'on',
      defaultDiffers: true,
    }),
};

export default rule;
