import { databaseFlagViolations } from '../../../gcp/sql-flag-check';
import type { IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-postgres-log-checkpoints',
    title: 'Cloud SQL for PostgreSQL turns checkpoint logging off',
    severity: 'low',
    description:
      'Checkpoint log entries show when and how heavily the database flushes data to disk. With `log_checkpoints` off, write storms, I/O saturation and some denial-of-service patterns are hard to diagnose after the fact.',
    remediation:
      'Set `database_flags { name = "log_checkpoints", value = "on" }` (or remove the flag where the engine version logs checkpoints by default).',
    links: [
      'https://cloud.google.com/sql/docs/postgres/flags',
      'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-CHECKPOINTS',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
    },
    aliases: ['CKV_GCP_51', 'AVD-GCP-0025', 'google-sql-pg-log-checkpoints'],
  },
  check: (model) =>
    databaseFlagViolations(model, {
      engine: 'postgres',
      name: 'log_checkpoints',
      expected: 'on',
      defaultDiffers: false,
    }),
};

export default rule;
