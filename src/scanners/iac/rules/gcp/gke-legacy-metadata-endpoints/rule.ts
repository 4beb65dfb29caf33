import { at, metadataFlag } from '../../../gcp/gcp-settings';
import { describePool, gkeNodePools } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-legacy-metadata-endpoints',
    title: 'GKE nodes serve the legacy metadata endpoints',
    severity: 'high',
    description:
      "The legacy `v0.1` and `v1beta1` metadata endpoints answer without the `Metadata-Flavor: Google` header, so a server-side request forgery in any pod can read the node's service account token and kubelet credentials.",
    remediation:
      'Remove `disable-legacy-endpoints = "false"` from `node_config.metadata` (GKE disables the endpoints by default), and use Workload Identity.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata#disable-legacy-apis',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#metadata',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['CM-7', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.4'],
    },
    aliases: ['AVD-GCP-0048', 'google-gke-metadata-endpoints-disabled'],
  },
  check(model) {
    return gkeNodePools(model).flatMap((pool) => {
      const node = at(pool.config, 'metadata.disable-legacy-endpoints');
      return metadataFlag(node) === false
        ? [flag(pool.resource, node, `${describePool(pool)} re-enables the legacy metadata endpoints`)]
        : [];
    });
  },
};

export default rule;
