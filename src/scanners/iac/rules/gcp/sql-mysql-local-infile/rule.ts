import { databaseFlagViolations } from '../../../gcp/sql-flag-check';
import type { IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-mysql-local-infile',
    title: 'Cloud SQL for MySQL allows LOAD DATA LOCAL',
    severity: 'medium',
    description:
      'With `local_infile` on (the MySQL default), the server accepts `LOAD DATA LOCAL` requests. A malicious or compromised server, or an injected query, can use them to read files from client machines, and they bypass the usual paths of data import.',
    remediation: 'Add `database_flags { name = "local_infile", value = "off" }` to the instance settings.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/flags',
      'https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'database',
    compliance: {
      'cis-gcp-3.0': ['6.1.3'],
      'nist-800-53-r5': ['CM-7', 'CM-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.4'],
    },
    aliases: ['CKV_GCP_50', 'AVD-GCP-0026', 'google-sql-mysql-no-local-infile'],
  },
  check: (model) =>
    databaseFlagViolations(model, {
      engine: 'mysql',
      name: 'local_infile',
      expected: 'off',
      defaultDiffers: true,
    }),
};

export default rule;
