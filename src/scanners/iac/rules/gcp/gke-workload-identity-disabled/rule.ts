import type { Violation } from '../../../../../core/engine';
import { at, readText } from '../../../gcp/gcp-settings';
import { describePool, gkeClusters, gkeNodePools, type GkeNodePool } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const WORKLOAD_IDENTITY_MODES = new Set(['GKE_METADATA', 'GKE_METADATA_SERVER']);

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-workload-identity-disabled',
    title: 'GKE workloads can use the node service account instead of Workload Identity',
    severity: 'high',
    description:
      "Without Workload Identity every pod can ask the node's metadata server for the node service account's token and read instance attributes such as the kubelet credentials. One compromised pod then acts with the node's permissions. Workload Identity gives each Kubernetes service account its own Google identity and hides the node's.",
    remediation:
      'Set `workload_identity_config { workload_pool = "<project>.svc.id.goog" }` on the cluster, keep node pools on `workload_metadata_config { mode = "GKE_METADATA" }`, and bind each Kubernetes service account to a Google service account with `roles/iam.workloadIdentityUser`.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#workload_identity',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#workload_identity_config',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'IA-2', 'SC-39'],
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'pci-dss-4.0': ['7.2.5'],
    },
    aliases: ['CKV_GCP_69', 'AVD-GCP-0057', 'google-gke-node-metadata-security'],
  },
  check(model) {
    const clusters = gkeClusters(model)
      .filter((cluster) => cluster.autopilot === false)
      .flatMap((cluster) => {
        const config = at(cluster.resource.body, 'workload_identity_config');
        const pool = at(config, 'workload_pool');
        const value = readText(pool);
        if (config?.kind === 'unknown' || value === 'unknown' || (value !== undefined && value.trim() !== ''))
          return [];
        return [
          flag(
            cluster.resource,
            pool ?? config,
            `cluster ${cluster.resource.address} does not enable Workload Identity (no workload_pool)`,
          ),
        ];
      });
    return [...clusters, ...gkeNodePools(model).flatMap(exposedPool)];
  },
};

/** A pool that explicitly sets another metadata mode than the GKE metadata server. */
function exposedPool(pool: GkeNodePool): Violation[] {
  if (pool.cluster?.autopilot === true) return [];
  const config = at(pool.config, 'workload_metadata_config');
  const node = at(config, 'mode') ?? at(config, 'node_metadata');
  const value = readText(node);
  if (!node || value === undefined || value === 'unknown' || WORKLOAD_IDENTITY_MODES.has(value)) return [];
  return [
    flag(
      pool.resource,
      node,
      `${describePool(pool)} sets the metadata mode to ${value}, exposing the node's metadata and service account to pods`,
    ),
  ];
}

export default rule;
