import { text } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { containerSecurity } from '../../../formats/kubernetes/workloads';
import { checkContainers } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-proc-mount-unmasked',
    title: 'Container mounts /proc unmasked',
    severity: 'high',
    description:
      'By default the container runtime masks and makes read-only the sensitive parts of /proc (kernel keys, sysrq-trigger, timer and memory interfaces). `procMount: Unmasked` removes that protection, exposing host kernel interfaces to the container. The baseline Pod Security Standard allows only the Default proc mount.',
    remediation: 'Remove `securityContext.procMount` or set it to `Default`.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'SC-39'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['AVD-KSV-0027', 'KSV027'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const node = containerSecurity(container, 'procMount');
        return text(node)?.trim().toLowerCase() === 'unmasked' ? { node, detail: '' } : undefined;
      },
      (who) => `${who} mounts /proc without the runtime's masks (procMount: Unmasked)`,
    ),
};

export default rule;
