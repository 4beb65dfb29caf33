import { at, readBool, readText } from '../../../gcp/gcp-settings';
import { primariesWithKnownIpConfiguration, sqlAnchor } from '../../../gcp/sql-view';
import { flag, type IacRule } from '../../../model/violation';

const ENCRYPTED_MODES = new Set(['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED']);

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-ssl-not-required',
    title: 'Cloud SQL instance accepts unencrypted connections',
    severity: 'high',
    description:
      'By default Cloud SQL accepts both encrypted and plaintext connections. A client that does not ask for TLS then sends credentials, queries and results in clear text, readable and alterable by anyone on the path.',
    remediation:
      'Set `settings.ip_configuration.ssl_mode = "ENCRYPTED_ONLY"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED` to also require client certificates); older provider versions use `require_ssl = true`.',
    links: [
      'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'database',
    compliance: {
      'cis-gcp-3.0': ['6.4'],
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1', '2.2.7'],
      'hipaa-security-rule': ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_GCP_6', 'AVD-GCP-0015', 'google-sql-encrypt-in-transit-data'],
  },
  check(model) {
    return primariesWithKnownIpConfiguration(model).flatMap((instance) => {
      const modeNode = at(instance.ipConfiguration, 'ssl_mode');
      const mode = readText(modeNode);
      if (mode === 'unknown' || (mode !== undefined && ENCRYPTED_MODES.has(mode))) return [];
      const requireNode = at(instance.ipConfiguration, 'require_ssl');
      const required = readBool(requireNode);
      if (mode === undefined && (required === true || required === 'unknown')) return [];
      const how = mode ? `sets ssl_mode ${mode}` : 'does not require SSL/TLS';
      const node = sqlAnchor(modeNode, requireNode, instance.ipConfiguration, instance.settings);
      return [
        flag(
          instance.resource,
          node,
          `${instance.resource.address} ${how}, so clients may connect without encryption`,
        ),
      ];
    });
  },
};

export default rule;
