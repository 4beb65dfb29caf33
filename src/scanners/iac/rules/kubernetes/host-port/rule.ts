import { child, isUnknown, items, num } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { checkContainers } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-host-port',
    title: 'Container binds a port on the node (hostPort)',
    severity: 'medium',
    description:
      "A hostPort opens the port on the node's own address, outside Services and often outside NetworkPolicies, and limits where the pod can be scheduled. The baseline Pod Security Standard forbids host ports unless they come from a known list.",
    remediation:
      'Remove `hostPort` and expose the container through a Service (ClusterIP, or an Ingress/LoadBalancer in front of it).',
    links: [
      'https://kubernetes.io/docs/concepts/configuration/overview/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'network',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.13'],
      'nist-800-53-r5': ['CM-7', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['2.2.4'],
    },
    aliases: ['CKV_K8S_26', 'AVD-KSV-0024', 'KSV024'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const bound = items(child(container.node, 'ports'))
          .map((port) => child(port, 'hostPort'))
          .filter((node) => !isUnknown(node) && (num(node) ?? 0) > 0);
        return bound.length > 0
          ? { node: bound[0], detail: `host port ${bound.map((node) => num(node)).join(', ')}` }
          : undefined;
      },
      (who, detail) => `${who} binds ${detail} on the node`,
    ),
};

export default rule;
