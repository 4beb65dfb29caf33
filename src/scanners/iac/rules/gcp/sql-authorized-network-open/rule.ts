import { at, blocks, readBool, readText } from '../../../gcp/gcp-settings';
import { sqlInstances } from '../../../gcp/sql-view';
import { flag, type IacRule } from '../../../model/violation';

const ANYWHERE = new Set(['0.0.0.0/0', '::/0', '0.0.0.0']);

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-authorized-network-open',
    title: 'Cloud SQL instance authorizes connections from any address',
    severity: 'critical',
    description:
      "An authorized network of `0.0.0.0/0` lets anyone on the internet reach the database port of the instance's public IP. The database is then exposed to password guessing, credential stuffing and engine vulnerabilities around the clock.",
    remediation:
      'Remove `0.0.0.0/0` from `settings.ip_configuration.authorized_networks`; connect through private IP, the Cloud SQL Auth Proxy or connectors, and list only specific client ranges if a public IP is unavoidable.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/authorize-networks',
      'https://cloud.google.com/sql/docs/mysql/connect-overview',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'database',
    compliance: {
      'cis-gcp-3.0': ['6.5'],
      'nist-800-53-r5': ['SC-7', 'AC-3'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_GCP_11', 'AVD-GCP-0017', 'google-sql-no-public-access'],
  },
  check(model) {
    return sqlInstances(model).flatMap((instance) => {
      if (readBool(at(instance.ipConfiguration, 'ipv4_enabled')) === false) return [];
      return blocks(at(instance.ipConfiguration, 'authorized_networks'))
        .map((network) => at(network, 'value'))
        .filter((node) => ANYWHERE.has(readText(node)?.trim() ?? ''))
        .map((node) =>
          flag(
            instance.resource,
            node,
            `${instance.resource.address} authorizes ${readText(node)} to connect to its public IP`,
          ),
        );
    });
  },
};

export default rule;
