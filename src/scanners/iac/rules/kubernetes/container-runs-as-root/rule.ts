import { bool, isUnknown, num, type ModelNode } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { effectiveSecurity, type Container, type Workload } from '../../../formats/kubernetes/workloads';
import { checkContainers, type ContainerFinding } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-container-runs-as-root',
    title: 'Container may run as root',
    severity: 'medium',
    description:
      'A container that runs as UID 0 is root inside its namespace; any escape, or a writable host mount, then acts as root on the node. Without `runAsNonRoot: true` or a non-zero `runAsUser`, the image decides, and most images default to root.',
    remediation:
      'Set `securityContext.runAsNonRoot: true` (pod or container level) and a non-zero `runAsUser`; never set `runAsUser: 0`. Build images with a non-root `USER`.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-the-security-context-for-a-pod',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.7'],
      'nist-800-53-r5': ['AC-6', 'AC-6(2)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.5'],
    },
    aliases: ['CKV_K8S_23', 'AVD-KSV-0012', 'KSV012', 'AVD-KSV-0105', 'KSV105'],
  },
  check: (model) =>
    checkContainers(model, rootFinding, (who, detail) => `${who} may run as root: ${detail}`, {
      linuxOnly: true,
    }),
};

/** The container's own setting wins over the pod's; UID 0 is reported even when runAsNonRoot is also set. */
function rootFinding(container: Container, workload: Workload): ContainerFinding | undefined {
  const user = effectiveSecurity(workload, container, 'runAsUser');
  const nonRoot = effectiveSecurity(workload, container, 'runAsNonRoot');
  if (isUnknown(user) || isUnknown(nonRoot) || unreadable(user, num) || unreadable(nonRoot, bool))
    return undefined;
  const uid = num(user);
  if (uid === 0) return { node: user, detail: 'runAsUser is 0' };
  if (bool(nonRoot) === true || (uid !== undefined && uid > 0)) return undefined;
  if (nonRoot) return { node: nonRoot, detail: 'runAsNonRoot is false and no non-zero runAsUser is set' };
  return { node: undefined, detail: 'neither runAsNonRoot: true nor a non-zero runAsUser is set' };
}

function unreadable(node: ModelNode | undefined, read: (node: ModelNode) => unknown): boolean {
  return node !== undefined && read(node) === undefined;
}

export default rule;
