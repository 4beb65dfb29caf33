import type { IacRule } from '../../../model/violation';
import { checkContainers } from '../shared/container-findings';
import { DANGEROUS_CAPABILITIES, capabilityList } from '../shared/capabilities';

const rule: IacRule = {
  meta: {
    id: 'k8s-dangerous-capability-added',
    title: 'Container adds a dangerous Linux capability',
    severity: 'high',
    description:
      'Some capabilities are close to full root on the node: SYS_ADMIN allows mounts and namespace changes that are the usual path out of a container, NET_RAW allows forging packets to spoof or poison traffic of other pods, and SYS_MODULE, SYS_RAWIO, SYS_PTRACE, DAC_READ_SEARCH, NET_ADMIN and BPF each have known escape or interception techniques. Adding ALL grants every one of them.',
    remediation:
      'Remove the capability from `securityContext.capabilities.add`. Workloads that really need it (CNI agents, node tooling) belong in a dedicated, tightly controlled namespace.',
    links: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.8', '5.2.9'],
      'nist-800-53-r5': ['AC-6', 'CM-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_39', 'CKV_K8S_28', 'AVD-KSV-0005', 'KSV005'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const dangerous = capabilityList(container, 'add').filter(({ name }) =>
          DANGEROUS_CAPABILITIES.has(name),
        );
        return dangerous.length > 0
          ? { node: dangerous[0]!.node, detail: dangerous.map(({ name }) => name).join(', ') }
          : undefined;
      },
      (who, detail) => `${who} adds dangerous capabilities: ${detail}`,
    ),
};

export default rule;
