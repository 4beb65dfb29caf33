import type { IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';
import { flagPodSwitch } from '../shared/pod-settings';

const rule: IacRule = {
  meta: {
    id: 'k8s-host-ipc',
    title: 'Pod shares the host IPC namespace',
    severity: 'high',
    description:
      'With `hostIPC: true` the containers share System V IPC and POSIX shared memory with every process on the node, so they can read or corrupt data that other workloads and node daemons keep there. The baseline Pod Security Standard forbids it.',
    remediation: 'Remove `hostIPC: true`; containers of one pod already share an IPC namespace.',
    links: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.4'],
      'nist-800-53-r5': ['AC-6', 'SC-39'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_18', 'AVD-KSV-0008', 'KSV008'],
  },
  check(model) {
    return workloads(model).flatMap((workload) =>
      flagPodSwitch(workload, 'hostIPC', (who) => `${who} can use the node's IPC namespace (hostIPC: true)`),
    );
  },
};

export default rule;
