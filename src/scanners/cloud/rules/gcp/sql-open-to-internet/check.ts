import type { GcpAuditRule } from '../gcp-audit-rule';
import { hasPublicIp, sqlRegion, sqlResource } from '../shared/sql-instance';

const WORLD = new Set(['0.0.0.0/0', '::/0']);

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-sql-open-to-internet',
    title: 'Cloud SQL instance authorises connections from the whole Internet',
    severity: 'critical',
    description:
      "An authorised network of 0.0.0.0/0 lets any address on the Internet reach the database's public IP, so the database password is all that stands between the data and password guessing, credential stuffing and exploits of the database engine.",
    remediation:
      'Remove the 0.0.0.0/0 authorised network and list only the addresses that need access, or better, turn off the public IP and connect through private IP or the Cloud SQL Auth Proxy; enforce the constraint sql.restrictAuthorizedNetworks.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/authorize-networks',
      'https://cloud.google.com/sql/docs/mysql/sql-proxy',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['6.5'],
      'nist-800-53-r5': ['AC-3', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(a)(1)', '164.312(e)(1)'],
    },
    aliases: ['cloudsql_instance_public_access'],
  },
  needs: ['sqlInstances'],
  check(context) {
    return (context.get('sqlInstances') ?? []).flatMap((instance) => {
      if (!hasPublicIp(instance)) return [];
      const open = (instance.settings?.ipConfiguration?.authorizedNetworks ?? []).filter((network) =>
        WORLD.has(network.value ?? ''),
      );
      if (open.length === 0) return [];
      return [
        context.flag(
          sqlResource(context.scope, instance),
          `Cloud SQL instance ${instance.name} authorises ${open.map((network) => `${network.value}${network.name ? ` ("${network.name}")` : ''}`).join(', ')} on its public IP.`,
          sqlRegion(instance),
        ),
      ];
    });
  },
};

export default rule;
