import { isUnknown, text, type ModelNode } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import {
  containerSecurity,
  podAnnotation,
  podSecurity,
  type Container,
  type Workload,
} from '../../../formats/kubernetes/workloads';
import { checkContainers } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-apparmor-unconfined',
    title: 'Container runs with AppArmor disabled',
    severity: 'medium',
    description:
      'On nodes with AppArmor, the container runtime confines every container with its default profile, which blocks writes to sensitive /proc and /sys paths and mounting file systems. An `Unconfined` profile turns that off. The baseline Pod Security Standard forbids disabling or overriding the default profile.',
    remediation:
      'Remove the Unconfined setting (`securityContext.appArmorProfile.type: Unconfined` or the `container.apparmor.security.beta.kubernetes.io/<container>: unconfined` annotation); use `RuntimeDefault` or a `Localhost` profile.',
    links: [
      'https://kubernetes.io/docs/tutorials/security/apparmor/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'nist-800-53-r5': ['CM-7', 'SC-39'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['AVD-KSV-0002', 'KSV002'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container, workload) => {
        const node = appArmorSetting(workload, container);
        const value = node && !isUnknown(node) ? text(node)?.trim().toLowerCase() : undefined;
        return value === 'unconfined' ? { node, detail: '' } : undefined;
      },
      (who) => `${who} will run without AppArmor confinement (Unconfined)`,
    ),
};

/** The container's field, then its (older) annotation, then the pod's field: the order the kubelet applies them. */
function appArmorSetting(workload: Workload, container: Container): ModelNode | undefined {
  return (
    containerSecurity(container, ['appArmorProfile', 'type']) ??
    podAnnotation(workload, `container.apparmor.security.beta.kubernetes.io/${container.name}`) ??
    podSecurity(workload, ['appArmorProfile', 'type'])
  );
}

export default rule;
