import { flag, type IacRule } from '../../../model/violation';
import { coversCoreGroup, describeRule, policyRules } from '../shared/rbac-rules';

/** Verbs that return secret contents; `list` and `watch` return every secret in scope, whatever resourceNames say. */
const READ_VERBS = new Set(['get', 'list', 'watch', '*']);

const rule: IacRule = {
  meta: {
    id: 'k8s-rbac-secrets-access',
    title: 'Role can read Secrets',
    severity: 'high',
    description:
      "Reading Secrets yields service account tokens, TLS keys and application credentials; in a namespace with a privileged service account it amounts to that account's rights. `list` and `watch` return the contents of every Secret in scope, not just their names.",
    remediation:
      'Remove get/list/watch on `secrets`, or limit `get` to named Secrets with `resourceNames`; mount the Secrets a workload needs instead of reading them through the API.',
    links: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'iam',
    compliance: {
      'cis-kubernetes-1.9': ['5.1.2'],
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: ['AVD-KSV-0041', 'KSV041', 'AVD-KSV-0113', 'KSV113'],
  },
  check(model) {
    return policyRules(model).flatMap((policyRule) => {
      const secrets = policyRule.resources.find((entry) => entry.value === 'secrets');
      if (!secrets || !coversCoreGroup(policyRule)) return [];
      const verbs = policyRule.verbs.map((entry) => entry.value).filter((verb) => READ_VERBS.has(verb));
      // `get` on named Secrets only is the least-privilege form the guidance recommends.
      const namedGetOnly = policyRule.resourceNames.length > 0 && verbs.every((verb) => verb === 'get');
      if (verbs.length === 0 || namedGetOnly) return [];
      return [
        flag(policyRule.role, secrets.node, `${describeRule(policyRule)} can ${verbs.join(', ')} Secrets`),
      ];
    });
  },
};

export default rule;
