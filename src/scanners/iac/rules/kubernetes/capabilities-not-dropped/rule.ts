import { isUnknown, items } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { containerSecurity } from '../../../formats/kubernetes/workloads';
import { checkContainers } from '../shared/container-findings';
import { capabilityList } from '../shared/capabilities';

const rule: IacRule = {
  meta: {
    id: 'k8s-capabilities-not-dropped',
    title: 'Container does not drop all Linux capabilities',
    severity: 'low',
    description:
      'Container runtimes grant a default set of capabilities (including NET_RAW, SETUID and DAC_OVERRIDE) that most applications never use. The restricted Pod Security Standard requires dropping ALL of them and adding back only NET_BIND_SERVICE where needed.',
    remediation:
      'Set `securityContext.capabilities.drop: ["ALL"]` on every container and add back only what is required.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.10'],
      'nist-800-53-r5': ['AC-6', 'CM-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_37', 'AVD-KSV-0003', 'KSV003', 'AVD-KSV-0106', 'KSV106'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const drop = containerSecurity(container, ['capabilities', 'drop']);
        if (
          isUnknown(drop) ||
          items(drop).some(isUnknown) ||
          capabilityList(container, 'drop').some(({ name }) => name === 'ALL')
        )
          return undefined;
        return {
          node: drop ?? containerSecurity(container, 'capabilities'),
          detail: drop ? 'capabilities.drop does not include ALL' : 'no capabilities are dropped',
        };
      },
      (who, detail) => `${who} keeps the runtime's default capabilities: ${detail}`,
      { linuxOnly: true },
    ),
};

export default rule;
