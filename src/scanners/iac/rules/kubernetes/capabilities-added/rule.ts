import type { IacRule } from '../../../model/violation';
import { checkContainers } from '../shared/container-findings';
import { BASELINE_CAPABILITIES, DANGEROUS_CAPABILITIES, capabilityList } from '../shared/capabilities';

const rule: IacRule = {
  meta: {
    id: 'k8s-capabilities-added',
    title: 'Container adds Linux capabilities beyond the baseline set',
    severity: 'medium',
    description:
      'Each added capability gives the container a piece of root power. The baseline Pod Security Standard allows adding only the small default set that container runtimes grant anyway (CHOWN, KILL, NET_BIND_SERVICE, SETUID and a few others). The most dangerous capabilities (SYS_ADMIN, NET_RAW, ALL, ...) are reported by k8s-dangerous-capability-added instead.',
    remediation:
      'Remove the capability from `securityContext.capabilities.add`, or replace what needs it; add back only what the process provably needs.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.9'],
      'nist-800-53-r5': ['AC-6', 'CM-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_25', 'AVD-KSV-0022', 'KSV022'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const extra = capabilityList(container, 'add').filter(
          ({ name }) => !BASELINE_CAPABILITIES.has(name) && !DANGEROUS_CAPABILITIES.has(name),
        );
        return extra.length > 0
          ? { node: extra[0]!.node, detail: extra.map(({ name }) => name).join(', ') }
          : undefined;
      },
      (who, detail) => `${who} adds capabilities outside the baseline set: ${detail}`,
    ),
};

export default rule;
