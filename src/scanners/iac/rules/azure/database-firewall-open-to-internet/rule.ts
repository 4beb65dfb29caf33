import { flag, type IacRule } from '../../../model/violation';
import { label, readText } from '../../../azure/azure-resource';
import { ipv4Range, isPrivateRange } from '../../../azure/address-prefixes';
import { databaseFirewallRules } from '../../../azure/sql-view';

/** Ranges this wide are the Internet in all but name (a /8 holds 16.7 million addresses). */
const WIDE_RANGE = 2 ** 24;

const rule: IacRule = {
  meta: {
    id: 'azure-database-firewall-open-to-internet',
    title: 'Database firewall rule admits the whole Internet',
    severity: 'critical',
    description:
      'A firewall rule from 0.0.0.0 to 255.255.255.255, or any range of a /8 or more, lets every address on the Internet try to log in to the database server; only the password then protects the data. Applies to Azure SQL, PostgreSQL, MySQL and MariaDB servers.',
    remediation:
      'Replace the rule with the specific addresses of the clients that need access, or disable public access and use private endpoints.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure',
      'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-firewall-rules',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['5.1.2'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AZURE_11', 'AVD-AZU-0029', 'azure-database-no-public-firewall-access'],
  },
  check(model) {
    return databaseFirewallRules(model).flatMap(({ resource, start, end }) => {
      const from = ipv4Range(readText(start.node) ?? '');
      const to = ipv4Range(readText(end.node) ?? '');
      if (!from || !to || to[1] - from[0] + 1 < WIDE_RANGE || isPrivateRange(from[0], to[1])) return [];
      const count = to[1] - from[0] + 1;
      return [
        flag(
          resource,
          start.node,
          `${label(resource)} admits ${count} addresses: ${start.name} is "${readText(start.node)}" and ${end.name} is "${readText(end.node)}"`,
        ),
      ];
    });
  },
};

export default rule;
