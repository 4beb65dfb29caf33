import { flag, type IacRule } from '../../../model/violation';
import { describeRule, policyRules } from '../shared/rbac-rules';

/** Verbs that sidestep RBAC's own escalation check: grant roles you lack, edit roles upward, act as someone else. */
const ESCALATING = new Set(['bind', 'escalate', 'impersonate']);

const rule: IacRule = {
  meta: {
    id: 'k8s-rbac-escalation-verbs',
    title: 'Role grants bind, escalate or impersonate',
    severity: 'high',
    description:
      'RBAC normally stops a user from granting permissions they do not hold. `bind` lets a subject bind any role, `escalate` lets it edit a role beyond its own rights, and `impersonate` lets it act as another user, group or service account; each is a direct path to cluster-admin.',
    remediation:
      'Remove bind, escalate and impersonate from the role; keep them for a small, audited set of administrators.',
    links: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/',
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-creation-or-update',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'iam',
    compliance: {
      'cis-kubernetes-1.9': ['5.1.8'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: ['CKV_K8S_157', 'CKV_K8S_158', 'AVD-KSV-0043', 'KSV043'],
  },
  check(model) {
    return policyRules(model).flatMap((policyRule) => {
      const granted = policyRule.verbs.filter((entry) => ESCALATING.has(entry.value.toLowerCase()));
      if (granted.length === 0) return [];
      const verbs = granted.map((entry) => entry.value).join(', ');
      const on = policyRule.resources.map((entry) => entry.value).join(', ') || 'no resources';
      return [
        flag(policyRule.role, granted[0]!.node, `${describeRule(policyRule)} grants ${verbs} on ${on}`),
      ];
    });
  },
};

export default rule;
