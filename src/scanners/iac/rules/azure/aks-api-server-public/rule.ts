import { flag, type IacRule } from '../../../model/violation';
import { flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { isAnyAddress } from '../../../azure/address-prefixes';
import { AKS, aksClusters } from '../../../azure/aks-view';

const rule: IacRule = {
  meta: {
    id: 'azure-aks-api-server-public',
    title: 'AKS API server is reachable from the whole Internet',
    severity: 'high',
    description:
      'A public API server with no authorized IP ranges accepts connections from any address, exposing the control plane to credential attacks and to any future vulnerability in Kubernetes authentication.',
    remediation:
      'Make the cluster private (`private_cluster_enabled = true` / `apiServerAccessProfile.enablePrivateCluster: true`) or restrict `authorized_ip_ranges` / `authorizedIPRanges` to the networks that administer it.',
    links: [
      'https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges',
      'https://learn.microsoft.com/en-us/azure/aks/private-clusters',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
    },
    aliases: ['CKV_AZURE_6', 'CKV_AZURE_115', 'AVD-AZU-0041', 'azure-container-limit-authorized-ips'],
  },
  check(model) {
    return aksClusters(model).flatMap((cluster) => {
      const priv = readBool(setting(cluster, AKS.privateCluster).node);
      if (priv === true || priv === 'unknown') return [];
      const ranges = setting(cluster, AKS.authorizedRanges);
      const node = ranges.node;
      if (
        node?.kind === 'unknown' ||
        (node?.kind === 'list' && node.items.some((item) => item.kind === 'unknown'))
      )
        return [];
      const values =
        node?.kind === 'list'
          ? node.items.flatMap((item) => (item.kind === 'scalar' ? [String(item.value)] : []))
          : [];
      if (values.length > 0 && !values.some(isAnyAddress)) return [];
      const why =
        values.length === 0
          ? `${ranges.name} is not set`
          : `${ranges.name} includes ${values.find(isAnyAddress)}`;
      return [
        flag(
          cluster,
          flagNode(ranges),
          `${label(cluster)} exposes its API server to any address: not private and ${why}`,
        ),
      ];
    });
  },
};

export default rule;
