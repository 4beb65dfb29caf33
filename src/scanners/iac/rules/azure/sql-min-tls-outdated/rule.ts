import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readText, setting } from '../../../azure/azure-resource';
import { SQL_SERVER, sqlServers } from '../../../azure/sql-view';

const rule: IacRule = {
  meta: {
    id: 'azure-sql-min-tls-outdated',
    title: 'SQL server accepts TLS versions older than 1.2',
    severity: 'medium',
    description:
      'TLS 1.0 and 1.1 are deprecated and weak; a server that accepts them (or enforces no minimum) lets clients connect with broken encryption.',
    remediation: 'Set `minimum_tls_version = "1.2"` (Terraform) / `minimalTlsVersion: "1.2"` (ARM).',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#configure-minimum-tls-version',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-8', 'SC-13'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AZURE_52', 'AVD-AZU-0026', 'azure-database-secure-tls-policy'],
  },
  check(model) {
    return sqlServers(model).flatMap((server) => {
      const tls = setting(server, SQL_SERVER.minTls);
      const version = readText(tls.node);
      if (version === undefined || !/^(1\.0|1\.1|none|disabled)$/i.test(version)) return [];
      return [flag(server, tls.node, `${label(server)} accepts outdated TLS: ${describeSetting(tls)}`)];
    });
  },
};

export default rule;
