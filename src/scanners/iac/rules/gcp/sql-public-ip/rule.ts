import { at, readBool } from '../../../gcp/gcp-settings';
import { primariesWithKnownIpConfiguration, sqlAnchor } from '../../../gcp/sql-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-sql-public-ip',
    title: 'Cloud SQL instance has a public IP address',
    severity: 'medium',
    description:
      'Cloud SQL gives an instance a public IPv4 address unless told otherwise. Even with no authorized networks, the instance is then one configuration change away from internet exposure, and it is a visible target. Private IP keeps database traffic inside the VPC.',
    remediation:
      'Set `settings.ip_configuration { ipv4_enabled = false, private_network = <VPC> }` and connect through private IP or Private Service Connect; the `sql.restrictPublicIp` organization policy can enforce it.',
    links: [
      'https://cloud.google.com/sql/docs/mysql/configure-private-ip',
      'https://cloud.google.com/sql/docs/mysql/configure-ip',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'database',
    compliance: {
      'cis-gcp-3.0': ['6.6'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
    },
    aliases: ['CKV_GCP_60'],
  },
  check(model) {
    return primariesWithKnownIpConfiguration(model).flatMap((instance) => {
      const node = at(instance.ipConfiguration, 'ipv4_enabled');
      const value = readBool(node);
      if (value === false || value === 'unknown') return [];
      const how = node
        ? 'enables a public IPv4 address'
        : 'gets a public IPv4 address by default (ipv4_enabled is not false)';
      return [
        flag(
          instance.resource,
          sqlAnchor(node, instance.ipConfiguration, instance.settings),
          `${instance.resource.address} ${how}`,
        ),
      ];
    });
  },
};

export default rule;
