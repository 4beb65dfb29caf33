import { flag, type IacRule } from '../../../model/violation';
import { describeRule, policyRules, type ListEntry } from '../shared/rbac-rules';

const rule: IacRule = {
  meta: {
    id: 'k8s-rbac-wildcard',
    title: 'Role grants access with a wildcard',
    severity: 'high',
    description:
      'A `*` in verbs, resources or apiGroups grants everything that exists now and everything added later: new resource types, subresources such as pods/exec, and verbs such as escalate. Wildcards make a role far broader than anyone reviewed.',
    remediation: 'List the exact verbs, resources and API groups the subject needs instead of `*`.',
    links: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege',
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'iam',
    compliance: {
      'cis-kubernetes-1.9': ['5.1.3'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: ['CKV_K8S_49', 'AVD-KSV-0044', 'KSV044', 'AVD-KSV-0045', 'KSV045', 'AVD-KSV-0046', 'KSV046'],
  },
  check(model) {
    return policyRules(model).flatMap((policyRule) => {
      const fields: [string, ListEntry[]][] = [
        ['verbs', policyRule.verbs],
        ['resources', policyRule.resources],
        ['apiGroups', policyRule.apiGroups],
      ];
      const wild = fields.flatMap(([field, list]) => {
        const star = list.find((entry) => entry.value === '*');
        return star ? [{ field, node: star.node }] : [];
      });
      if (wild.length === 0) return [];
      const message = `${describeRule(policyRule)} grants "*" in ${wild.map(({ field }) => field).join(', ')}`;
      const first = wild.reduce((a, b) => (b.node.range.startLine < a.node.range.startLine ? b : a));
      return [flag(policyRule.role, first.node, message)];
    });
  },
};

export default rule;
