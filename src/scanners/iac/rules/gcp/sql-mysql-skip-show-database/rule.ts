import { databaseFlagViolations } from '../../../gcp/sql-flag-check';
import type { IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-mysql-skip-show-database',
    title: 'Cloud SQL for MySQL lets every user list the databases',
    severity: 'low',
    description:
      'With `skip_show_database` off, any account can run `SHOW DATABASES` and learn the names of databases it has some privilege on, which helps an attacker map a shared instance. Turning it on limits the statement to accounts with the SHOW DATABASES privilege.',
    remediation:
      'Add `database_flags { name = "skip_show_database", value = "on" }` to the instance settings.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/flags',
      'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_skip_show_database',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'database',
    compliance: {
      'cis-gcp-3.0': ['6.1.2'],
      'nist-800-53-r5': ['AC-6', 'CM-6'],
      'soc2-2017': ['CC6.1'],
    },
    aliases: [],
  },
  check: (model) =>
    databaseFlagViolations(model, {
      engine: 'mysql',
      name: 'skip_show_database',
      expected: 'on',
      defaultDiffers: true,
    }),
};

export default rule;
