import { child } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { WORKLOAD_KINDS } from '../../../formats/kubernetes/workloads';

/** Namespaced kinds an application deploys; cluster-scoped kinds and custom resources of unknown scope are left out. */
const KINDS = [
  ...WORKLOAD_KINDS,
  'Service',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'Ingress',
  'PersistentVolumeClaim',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
];

const rule: IacRule = {
  meta: {
    id: 'k8s-default-namespace',
    title: 'Resource is placed in the default namespace',
    severity: 'low',
    description:
      'Namespaces are the boundary for RBAC, NetworkPolicies, quotas and Pod Security admission. Everything that lands in `default` (also by leaving `metadata.namespace` out) shares that boundary with whatever else was deployed there, usually without any of these controls.',
    remediation: 'Create a namespace per application or team and set `metadata.namespace` explicitly.',
    links: [
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
      'https://kubernetes.io/docs/concepts/security/multi-tenancy/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'isolation',
    compliance: {
      'cis-kubernetes-1.9': ['5.7.4'],
    },
    aliases: ['CKV_K8S_21', 'AVD-KSV-0110', 'KSV110'],
  },
  check(model) {
    return model.ofTypes(KINDS).flatMap((resource) => {
      if (resource.format !== 'kubernetes' || resource.meta.namespace !== 'default') return [];
      // The API server's own Service lives in default by design.
      if (resource.type === 'Service' && resource.meta.name === 'kubernetes') return [];
      if (resource.meta.namespaceDeclared === 'true') {
        const node = child(resource.body, 'metadata.namespace');
        return [flag(resource, node, `${resource.address} is explicitly placed in the default namespace`)];
      }
      return [
        flag(
          resource,
          undefined,
          `${resource.address} sets no namespace, so it lands in the default namespace`,
        ),
      ];
    });
  },
};

export default rule;
