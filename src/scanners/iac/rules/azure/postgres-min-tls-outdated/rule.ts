import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readText } from '../../../azure/azure-resource';
import { flexibleParameters, singleServers } from '../../../azure/db-server-view';

const rule: IacRule = {
  meta: {
    id: 'azure-postgres-min-tls-outdated',
    title: 'PostgreSQL server accepts TLS versions older than 1.2',
    severity: 'medium',
    description:
      'TLS 1.0 and 1.1 are deprecated and weak; a PostgreSQL server that still accepts them lets clients negotiate broken encryption. Single servers are checked for their minimal TLS version, flexible servers for the `ssl_min_protocol_version` parameter.',
    remediation:
      'Set `ssl_minimal_tls_version_enforced = "TLS1_2"` / `minimalTlsVersion: "TLS1_2"` on single servers and `ssl_min_protocol_version` to TLS 1.2 or later on flexible servers.',
    links: ['https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls'],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-8', 'SC-13'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AZURE_147', 'AVD-AZU-0026', 'azure-database-secure-tls-policy'],
  },
  check(model) {
    const single = singleServers(model, 'postgres').flatMap(({ resource, minTls }) => {
      const version = readText(minTls.node);
      if (version === undefined || !/^(TLS1_0|TLS1_1|TLSEnforcementDisabled)$/i.test(version)) return [];
      return [
        flag(resource, minTls.node, `${label(resource)} accepts outdated TLS: ${describeSetting(minTls)}`),
      ];
    });
    const flexible = flexibleParameters(model, 'postgres', ['ssl_min_protocol_version'])
      .filter(({ value }) => /^TLSv1(\.1)?$/i.test(readText(value.node) ?? ''))
      .map(({ resource, value }) =>
        flag(resource, value.node, `${label(resource)} accepts outdated TLS: ${describeSetting(value)}`),
      );
    return [...single, ...flexible];
  },
};

export default rule;
