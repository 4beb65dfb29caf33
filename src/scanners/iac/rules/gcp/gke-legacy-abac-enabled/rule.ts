import { at, readBool } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-legacy-abac-enabled',
    title: 'GKE cluster uses legacy attribute-based access control',
    severity: 'high',
    description:
      'Legacy ABAC grants permissions outside Kubernetes RBAC and, as GKE configures it, gives broad rights to service accounts and nodes. RBAC objects and audits then no longer describe who can do what in the cluster.',
    remediation:
      'Remove `enable_legacy_abac` (it defaults to false) and express permissions as Kubernetes RBAC roles and bindings.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['CKV_GCP_7', 'AVD-GCP-0062', 'google-gke-use-rbac-permissions'],
  },
  check(model) {
    return gkeClusters(model).flatMap((cluster) => {
      const node = at(cluster.resource.body, 'enable_legacy_abac');
      return readBool(node) === true
        ? [flag(cluster.resource, node, `cluster ${cluster.resource.address} enables legacy ABAC`)]
        : [];
    });
  },
};

export default rule;
