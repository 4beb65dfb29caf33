import { at, readBool } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-master-authorized-networks-missing',
    title: 'GKE control plane accepts connections from any address',
    severity: 'high',
    description:
      "Without authorized networks the Kubernetes API server's public endpoint answers the whole internet. Authentication still applies, but stolen kubeconfigs, tokens and API server vulnerabilities can then be used from anywhere.",
    remediation:
      'Add `master_authorized_networks_config` with `cidr_blocks` for the networks that administer the cluster (CI runners, VPN, bastion), or make the endpoint private with `enable_private_endpoint = true`.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_authorized_networks_config',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
    },
    aliases: ['CKV_GCP_20', 'AVD-GCP-0061', 'google-gke-enable-master-networks'],
  },
  check(model) {
    return gkeClusters(model).flatMap((cluster) => {
      const body = cluster.resource.body;
      const privateEndpoint = readBool(at(body, 'private_cluster_config.enable_private_endpoint'));
      const networks = at(body, 'master_authorized_networks_config');
      if (networks || privateEndpoint === true || privateEndpoint === 'unknown') return [];
      return [
        flag(
          cluster.resource,
          undefined,
          `cluster ${cluster.resource.address} has a public control plane endpoint without authorized networks`,
        ),
      ];
    });
  },
};

export default rule;
