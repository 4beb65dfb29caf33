import type { GcpAuditRule } from '../gcp-audit-rule';
import { hasPublicIp, sqlRegion, sqlResource } from '../shared/sql-instance';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-sql-public-ip',
    title: 'Cloud SQL instance has a public IP address',
    severity: 'medium',
    description:
      'A public IP puts the database one authorised-network entry away from the Internet, and its address is discoverable. Databases reached only over private IP cannot be exposed by a mistaken authorised network.',
    remediation:
      'Connect the instance to the VPC with private services access, move clients to the private IP or the Cloud SQL connectors, then turn the public IP off (gcloud sql instances patch NAME --no-assign-ip); enforce sql.restrictPublicIp.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/configure-private-ip',
      'https://cloud.google.com/sql/docs/mysql/connectivity-overview',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['6.6'],
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.4.2'],
    },
    aliases: ['cloudsql_instance_public_ip'],
  },
  needs: ['sqlInstances'],
  check(context) {
    return (context.get('sqlInstances') ?? [])
      .filter((instance) => instance.instanceType !== 'ON_PREMISES_INSTANCE' && hasPublicIp(instance))
      .map((instance) => {
        const address = (instance.ipAddresses ?? []).find((entry) => entry.type === 'PRIMARY')?.ipAddress;
        return context.flag(
          sqlResource(context.scope, instance),
          `Cloud SQL instance ${instance.name} has a public IP${address ? ` (${address})` : ''}.`,
          sqlRegion(instance),
        );
      });
  },
};

export default rule;
