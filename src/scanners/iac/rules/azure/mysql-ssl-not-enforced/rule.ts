import type { IacRule } from '../../../model/violation';
import { sslNotEnforced } from '../shared/ssl-enforcement';

const rule: IacRule = {
  meta: {
    id: 'azure-mysql-ssl-not-enforced',
    title: 'MySQL server accepts unencrypted connections',
    severity: 'high',
    description:
      'When MySQL does not require secure transport, clients may connect without TLS and credentials and query results cross the network in clear text. Single servers are checked for SSL enforcement, flexible servers for the `require_secure_transport` parameter.',
    remediation:
      'Set `ssl_enforcement_enabled = true` / `sslEnforcement: "Enabled"` on single servers, and leave `require_secure_transport` at `ON` on flexible servers (remove the configuration resource that turns it off).',
    links: [
      'https://learn.microsoft.com/en-us/azure/mysql/flexible-server/how-to-connect-tls-ssl',
      'https://learn.microsoft.com/en-us/azure/mysql/single-server/concepts-ssl-connection-security',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['5.3.1'],
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AZURE_28', 'AVD-AZU-0020', 'azure-database-enable-ssl-enforcement'],
  },
  check: (model) => sslNotEnforced(model, 'mysql'),
};

export default rule;
