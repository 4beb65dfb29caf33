import { bool, isUnknown } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { containerSecurity } from '../../../formats/kubernetes/workloads';
import { checkContainers } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-privilege-escalation-allowed',
    title: 'Container allows privilege escalation',
    severity: 'high',
    description:
      'Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges than its parent, for example through a setuid binary, and the no_new_privs flag is not set. It defaults to true, so it must be turned off explicitly; the restricted Pod Security Standard requires it.',
    remediation:
      'Set `securityContext.allowPrivilegeEscalation: false` on every container, init container included.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.6'],
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_20', 'AVD-KSV-0001', 'KSV001'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const node = containerSecurity(container, 'allowPrivilegeEscalation');
        if (isUnknown(node) || bool(node) === false) return undefined;
        if (node && bool(node) === undefined) return undefined;
        return {
          node,
          detail: node ? 'allowPrivilegeEscalation is true' : 'allowPrivilegeEscalation is not set to false',
        };
      },
      (who, detail) => `${who} allows privilege escalation: ${detail}`,
      { linuxOnly: true },
    ),
};

export default rule;
