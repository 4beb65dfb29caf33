import { at, readBool, readText } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-network-policy-disabled',
    title: 'GKE cluster does not enforce Kubernetes network policies',
    severity: 'medium',
    description:
      'Without a network policy enforcer every pod can reach every other pod in the cluster, whatever NetworkPolicy objects say. One compromised workload can then probe databases and internal services across namespaces.',
    remediation:
      'Use GKE Dataplane V2 (`datapath_provider = "ADVANCED_DATAPATH"`), which enforces network policies natively, or set `network_policy { enabled = true, provider = "CALICO" }` with the matching `addons_config`; then add default-deny policies per namespace.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy',
      'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1', '1.3.1'],
    },
    aliases: ['CKV_GCP_12', 'AVD-GCP-0056', 'google-gke-enable-network-policy'],
  },
  check(model) {
    return gkeClusters(model)
      .filter((cluster) => cluster.autopilot === false)
      .flatMap((cluster) => {
        const body = cluster.resource.body;
        const datapath = readText(at(body, 'datapath_provider'));
        if (datapath === 'ADVANCED_DATAPATH' || datapath === 'unknown') return [];
        const policy = at(body, 'network_policy');
        const enabled = at(policy, 'enabled');
        const value = readBool(enabled);
        if (value === true || value === 'unknown' || policy?.kind === 'unknown') return [];
        return [
          flag(
            cluster.resource,
            enabled ?? policy,
            `cluster ${cluster.resource.address} does not enforce network policies`,
          ),
        ];
      });
  },
};

export default rule;
