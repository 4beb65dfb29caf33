import type { IacModel } from '../../../model/iac-model';
import { child, entries, isUnknown, items, strings, type ModelNode } from '../../../model/node';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';
import { podSubject } from '../shared/pod-settings';

const rule: IacRule = {
  meta: {
    id: 'k8s-network-policy-missing',
    title: 'Namespace has no default-deny ingress NetworkPolicy',
    severity: 'medium',
    description:
      'Pods accept traffic from every other pod in the cluster until a NetworkPolicy selects them. Without a policy that selects all pods of the namespace for Ingress, one compromised pod anywhere can reach every service here. The check looks across all scanned files, so the policy may live in a different file from the workloads.',
    remediation:
      'Add a NetworkPolicy with `podSelector: {}` and `policyTypes: [Ingress]` (and Egress where possible) to each namespace, then allow the required flows with narrower policies.',
    links: [
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic',
      'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'network',
    compliance: {
      'cis-kubernetes-1.9': ['5.3.2'],
      'nist-800-53-r5': ['AC-4', 'SC-7', 'SC-7(5)'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['CKV2_K8S_6'],
  },
  check(model) {
    const covered = coveredNamespaces(model);
    return workloads(model)
      .filter((workload) => !covered.has(workload.resource.meta.namespace ?? ''))
      .map((workload) =>
        flag(
          workload.resource,
          undefined,
          `${podSubject(workload)} can receive traffic from any pod: namespace "${workload.resource.meta.namespace}" has no NetworkPolicy selecting all pods for Ingress in the scanned files`,
        ),
      );
  },
};

/** Namespaces with a policy that isolates every pod for ingress; an unknown policy counts as covering (stay silent). */
function coveredNamespaces(model: IacModel): Set<string> {
  const covered = new Set<string>();
  for (const policy of model.ofType('NetworkPolicy')) {
    if (policy.format === 'kubernetes' && policy.meta.namespace && isolatesAllIngress(policy))
      covered.add(policy.meta.namespace);
  }
  return covered;
}

function isolatesAllIngress(policy: Resource): boolean {
  const spec = child(policy.body, 'spec');
  if (isUnknown(spec)) return true;
  if (!spec) return false;
  const selector = child(spec, 'podSelector');
  const types = child(spec, 'policyTypes');
  const ingress = child(spec, 'ingress');
  if ([selector, types, ingress].some(isUnknown)) return true;
  if (!selectsAllPods(selector)) return false;
  // policyTypes defaults to Ingress (plus Egress when egress rules exist).
  const isIngress = !types || strings(types).includes('Ingress');
  // A rule with no (or an empty) `from` admits every source, which undoes the isolation.
  return isIngress && !items(ingress).some((entry) => admitsAnySource(child(entry, 'from')));
}

function admitsAnySource(from: ModelNode | undefined): boolean {
  return !isUnknown(from) && items(from).length === 0;
}

/** `{}` (or left empty) or a selector whose matchLabels and matchExpressions are both empty. */
function selectsAllPods(selector: ModelNode | undefined): boolean {
  if (!selector || (selector.kind === 'scalar' && selector.value === null)) return true;
  if (selector.kind !== 'map') return false;
  return entries(selector).every(([, value]) => entries(value).length === 0 && items(value).length === 0);
}

export default rule;
