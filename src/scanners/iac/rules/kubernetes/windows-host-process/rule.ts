import { bool } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { effectiveSecurity, workloads } from '../../../formats/kubernetes/workloads';
import { flagContainers, type ContainerHit } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-windows-host-process',
    title: 'Windows container runs as a HostProcess',
    severity: 'high',
    description:
      "A Windows HostProcess container runs directly on the node, in the host's network and with access to its file system and processes, like a privileged Linux container. The baseline Pod Security Standard forbids it.",
    remediation:
      'Remove `securityContext.windowsOptions.hostProcess: true`; run node management as a hardened node service instead.',
    links: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.11'],
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['AVD-KSV-0103', 'KSV103'],
  },
  check(model) {
    return workloads(model).flatMap((workload) => {
      const hits: ContainerHit[] = workload.containers.flatMap((container) => {
        const node = effectiveSecurity(workload, container, ['windowsOptions', 'hostProcess']);
        return bool(node) === true ? [{ container, node, detail: '' }] : [];
      });
      return flagContainers(
        workload,
        hits,
        (who) => `${who} will run on the node itself (windowsOptions.hostProcess: true)`,
      );
    });
  },
};

export default rule;
