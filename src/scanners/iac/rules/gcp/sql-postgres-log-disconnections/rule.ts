import { databaseFlagViolations } from '../../../gcp/sql-flag-check';
import type { IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-postgres-log-disconnections',
    title: 'Cloud SQL for PostgreSQL does not log the end of sessions',
    severity: 'low',
    description:
      'With `log_disconnections` off, PostgreSQL does not record when sessions end or how long they lasted, so an investigation cannot tell how long an intruder or an unexpected client stayed connected.',
    remediation:
      'Add `database_flags { name = "log_disconnections", value = "on" }` to the instance settings.',
    links: [
      'https://cloud.google.com/sql/docs/postgres/flags',
      'https://www.postgresql.org/docs/current/runtime-config-logging.html#GUC-LOG-DISCONNECTIONS',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['6.2.3'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_GCP_53', 'AVD-GCP-0022', 'google-sql-pg-log-disconnections'],
  },
  check: (model) =>
    databaseFlagViolations(model, {
      engine: 'postgres',
      name: 'log_disconnections',
      expected: 'on',
      defaultDiffers: true,
    }),
};

export default rule;
