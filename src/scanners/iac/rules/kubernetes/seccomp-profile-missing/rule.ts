import { isUnknown, text, type ModelNode } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import {
  containerSecurity,
  podAnnotation,
  podSecurity,
  type Container,
  type Workload,
} from '../../../formats/kubernetes/workloads';
import { checkContainers, type ContainerFinding } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-seccomp-profile-missing',
    title: 'Container runs without a seccomp profile',
    severity: 'medium',
    description:
      "Seccomp filters the system calls a container may make, which shuts off whole classes of kernel exploits. Kubernetes runs containers Unconfined unless a profile is set (or the kubelet's seccomp default is on). The baseline Pod Security Standard forbids Unconfined; the restricted one requires RuntimeDefault or Localhost.",
    remediation:
      'Set `securityContext.seccompProfile.type: RuntimeDefault` at pod level (or `Localhost` with a tailored profile); remove `Unconfined` and the deprecated seccomp annotations.',
    links: [
      'https://kubernetes.io/docs/tutorials/security/seccomp/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.7.2'],
      'nist-800-53-r5': ['CM-7', 'SC-39'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_31', 'AVD-KSV-0030', 'KSV030', 'AVD-KSV-0104', 'KSV104'],
  },
  check: (model) =>
    checkContainers(model, seccompFinding, (who, detail) => `${who} ${detail}`, { linuxOnly: true }),
};

/** Container field, then its legacy annotation, then the pod field, then the pod annotation: the order the kubelet honours. */
function seccompSetting(workload: Workload, container: Container): ModelNode | undefined {
  return (
    containerSecurity(container, ['seccompProfile', 'type']) ??
    podAnnotation(workload, `container.seccomp.security.alpha.kubernetes.io/${container.name}`) ??
    podSecurity(workload, ['seccompProfile', 'type']) ??
    podAnnotation(workload, 'seccomp.security.alpha.kubernetes.io/pod')
  );
}

function seccompFinding(container: Container, workload: Workload): ContainerFinding | undefined {
  const node = seccompSetting(workload, container);
  if (!node) return { node, detail: 'will run Unconfined: no seccomp profile is set' };
  const value = isUnknown(node) ? undefined : text(node)?.trim().toLowerCase();
  return value === 'unconfined' ? { node, detail: 'will run with seccomp explicitly Unconfined' } : undefined;
}

export default rule;
