import { flag, type IacRule } from '../../../model/violation';
import {
  describeSetting,
  flagNode,
  isArm,
  isSet,
  label,
  readBool,
  readText,
} from '../../../azure/azure-resource';
import { cosmosAccounts } from '../../../azure/cosmos-view';

const rule: IacRule = {
  meta: {
    id: 'azure-cosmosdb-open-to-all-networks',
    title: 'Cosmos DB account accepts traffic from all networks',
    severity: 'high',
    description:
      'With public network access on and neither an IP filter nor virtual network filtering, the account endpoint accepts requests from anywhere on the Internet; a leaked account key is then usable from any host.',
    remediation:
      'Add IP rules (`ip_range_filter` / `ipRules`) or enable virtual network filtering with subnet rules, or disable public network access and use private endpoints.',
    links: [
      'https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-firewall',
      'https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-private-endpoints',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['5.4.1'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['CKV_AZURE_99', 'CKV_AZURE_101'],
  },
  check(model) {
    return cosmosAccounts(model).flatMap((account) => {
      const { resource, publicNetworkAccess, virtualNetworkFilter, ipFilter, legacyIpFilter } = account;
      const access = isArm(resource)
        ? readText(publicNetworkAccess.node)?.toLowerCase()
        : readBool(publicNetworkAccess.node);
      if (access === false || access === 'disabled' || access === 'unknown') return [];
      const vnet = readBool(virtualNetworkFilter.node);
      const filters = [isSet(ipFilter.node), isSet(legacyIpFilter.node)];
      if (vnet === true || vnet === 'unknown' || filters.some((filter) => filter !== false)) return [];
      const why = publicNetworkAccess.node
        ? describeSetting(publicNetworkAccess)
        : `${publicNetworkAccess.name} is not set`;
      return [
        flag(
          resource,
          flagNode(publicNetworkAccess),
          `${label(resource)} accepts requests from all networks: ${why}, with no IP or virtual network filter`,
        ),
      ];
    });
  },
};

export default rule;
