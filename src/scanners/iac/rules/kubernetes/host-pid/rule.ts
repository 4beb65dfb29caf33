import type { IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';
import { flagPodSwitch } from '../shared/pod-settings';

const rule: IacRule = {
  meta: {
    id: 'k8s-host-pid',
    title: 'Pod shares the host process ID namespace',
    severity: 'high',
    description:
      "With `hostPID: true` the containers see every process on the node: they can read other processes' environment variables and command lines, and with enough privileges signal or trace them. The baseline Pod Security Standard forbids it.",
    remediation:
      'Remove `hostPID: true`. To share processes between containers of one pod, use `shareProcessNamespace` instead.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.3'],
      'nist-800-53-r5': ['AC-6', 'SC-39'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_17', 'AVD-KSV-0010', 'KSV010'],
  },
  check(model) {
    return workloads(model).flatMap((workload) =>
      flagPodSwitch(workload, 'hostPID', (who) => `${who} can see every process on the node (hostPID: true)`),
    );
  },
};

export default rule;
