import { bool } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { containerSecurity } from '../../../formats/kubernetes/workloads';
import { checkContainers } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-root-filesystem-writable',
    title: "Container's root file system is writable",
    severity: 'low',
    description:
      'With a writable root file system, an attacker who gets code execution can replace binaries, drop tools and persist changes for the life of the container. An immutable root file system, with emptyDir volumes for the paths that must be written, removes that foothold.',
    remediation:
      'Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir at each path the application writes to (for example /tmp).',
    links: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'nist-800-53-r5': ['CM-7', 'SI-7'],
      'soc2-2017': ['CC6.8'],
    },
    aliases: ['CKV_K8S_22', 'AVD-KSV-0014', 'KSV014'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const node = containerSecurity(container, 'readOnlyRootFilesystem');
        if (!node) return { node, detail: 'readOnlyRootFilesystem is not set' };
        return bool(node) === false ? { node, detail: 'readOnlyRootFilesystem is false' } : undefined;
      },
      (who, detail) => `${who} has a writable root file system: ${detail}`,
      { linuxOnly: true },
    ),
};

export default rule;
