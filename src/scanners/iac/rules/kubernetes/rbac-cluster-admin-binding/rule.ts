import { child, items, str, text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'k8s-rbac-cluster-admin-binding',
    title: 'Subject is bound to the cluster-admin role',
    severity: 'high',
    description:
      'cluster-admin allows every action on every resource. A ClusterRoleBinding to it makes the subjects superusers of the whole cluster; a RoleBinding to it gives full control of the namespace, including its Secrets and RBAC. A compromise of any such subject is a compromise of everything it reaches.',
    remediation:
      'Bind the subjects to a role with only the permissions they need; keep cluster-admin for break-glass access.',
    links: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege',
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'iam',
    compliance: {
      'cis-kubernetes-1.9': ['5.1.1'],
      'nist-800-53-r5': ['AC-6', 'AC-6(5)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: ['AVD-KSV-0111', 'KSV111'],
  },
  check(model) {
    return model.ofTypes(['ClusterRoleBinding', 'RoleBinding']).flatMap((binding) => {
      if (binding.format !== 'kubernetes') return [];
      const roleName = child(binding.body, 'roleRef.name');
      if (str(child(binding.body, 'roleRef.kind')) !== 'ClusterRole' || str(roleName) !== 'cluster-admin')
        return [];
      const subjects = items(child(binding.body, 'subjects'))
        .map((subject) => `${text(child(subject, 'kind')) ?? '?'} ${text(child(subject, 'name')) ?? '?'}`)
        .join(', ');
      const scope =
        binding.type === 'ClusterRoleBinding' ? 'the whole cluster' : `namespace ${binding.meta.namespace}`;
      return [
        flag(
          binding,
          roleName,
          `${binding.address} grants cluster-admin over ${scope} to ${subjects || 'no subjects'}`,
        ),
      ];
    });
  },
};

export default rule;
