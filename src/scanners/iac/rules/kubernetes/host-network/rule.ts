import type { IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';
import { flagPodSwitch } from '../shared/pod-settings';

const rule: IacRule = {
  meta: {
    id: 'k8s-host-network',
    title: 'Pod shares the host network namespace',
    severity: 'high',
    description:
      "With `hostNetwork: true` the pod uses the node's network stack: it can reach services listening on the node's loopback interface, observe traffic of other pods on the node, and is not subject to NetworkPolicies. The baseline Pod Security Standard forbids it.",
    remediation: 'Remove `hostNetwork: true`; expose the pod through a Service instead.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/concepts/configuration/overview/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.5'],
      'nist-800-53-r5': ['AC-6', 'SC-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_19', 'AVD-KSV-0009', 'KSV009'],
  },
  check(model) {
    return workloads(model).flatMap((workload) =>
      flagPodSwitch(
        workload,
        'hostNetwork',
        (who) => `${who} can use the node's network namespace (hostNetwork: true)`,
      ),
    );
  },
};

export default rule;
