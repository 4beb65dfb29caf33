import { child, items, str, text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { workloads, type Workload } from '../../../formats/kubernetes/workloads';
import { containerLabel } from '../shared/container-findings';

const rule: IacRule = {
  meta: {
    id: 'k8s-host-path-volume',
    title: 'Pod mounts a directory of the node (hostPath volume)',
    severity: 'high',
    description:
      "A hostPath volume exposes part of the node's file system to the pod. Writable, it lets a compromised container plant files the node executes; even read-only it can leak credentials, and a mounted container runtime socket hands over the whole node. The baseline Pod Security Standard forbids hostPath volumes.",
    remediation:
      'Replace the hostPath volume with an emptyDir, a ConfigMap or Secret, or a PersistentVolumeClaim. If node access is unavoidable, mount the narrowest path read-only in a dedicated namespace.',
    links: [
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.12'],
      'nist-800-53-r5': ['AC-6', 'SC-39'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['AVD-KSV-0023', 'KSV023'],
  },
  check(model) {
    return workloads(model).flatMap((workload) =>
      items(child(workload.podSpec, 'volumes')).flatMap((volume) => {
        const hostPath = child(volume, 'hostPath');
        if (!hostPath || hostPath.kind === 'unknown') return [];
        const name = str(child(volume, 'name')) ?? '(unnamed)';
        const path = text(child(hostPath, 'path')) ?? '(no path)';
        return [
          flag(
            workload.resource,
            hostPath,
            `${mountedBy(workload, name)} can access node path ${path} (hostPath volume "${name}")`,
          ),
        ];
      }),
    );
  },
};

function mountedBy(workload: Workload, volume: string): string {
  const names = workload.containers
    .filter((container) =>
      items(child(container.node, 'volumeMounts')).some((mount) => str(child(mount, 'name')) === volume),
    )
    .map((container) => container.name);
  return names.length === 0
    ? `the pod of ${workload.resource.address}`
    : `${containerLabel(names)} of ${workload.resource.address}`;
}

export default rule;
