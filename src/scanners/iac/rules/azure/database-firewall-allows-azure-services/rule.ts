import { flag, type IacRule } from '../../../model/violation';
import { label, readText } from '../../../azure/azure-resource';
import { databaseFirewallRules } from '../../../azure/sql-view';

const rule: IacRule = {
  meta: {
    id: 'azure-database-firewall-allows-azure-services',
    title: 'Database firewall admits all Azure services',
    severity: 'medium',
    description:
      "A firewall rule from 0.0.0.0 to 0.0.0.0 is Azure's switch for 'Allow Azure services and resources to access this server': it admits connections from any Azure resource, including those in other customers' subscriptions, so an attacker only needs an Azure VM. This rule reports that special rule; wider ranges are reported as open to the Internet.",
    remediation:
      'Remove the rule and allow the specific outbound addresses of your services, or use private endpoints or virtual network rules.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure#connections-from-inside-azure',
      'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-firewall-rules',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['5.1.2', '5.2.5'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: [],
  },
  check(model) {
    return databaseFirewallRules(model).flatMap(({ resource, start, end }) => {
      if (readText(start.node) !== '0.0.0.0' || readText(end.node) !== '0.0.0.0') return [];
      return [
        flag(
          resource,
          start.node,
          `${label(resource)} admits every Azure resource of any tenant: ${start.name} and ${end.name} are "0.0.0.0"`,
        ),
      ];
    });
  },
};

export default rule;
