import { bool } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { effectiveSecurity, workloads } from '../../../formats/kubernetes/workloads';

const rule: IacRule = {
  meta: {
    id: 'k8s-privileged-container',
    title: 'Container runs privileged',
    severity: 'critical',
    description:
      'A privileged container gets every capability of the host and access to its devices; escaping to the node is trivial. The Pod Security Standards baseline profile forbids it.',
    remediation:
      'Remove `securityContext.privileged: true`; grant only the specific capabilities the process needs.',
    links: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'cis-kubernetes-1.9': ['5.2.2'],
      'nist-800-53-r5': ['AC-6', 'CM-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_K8S_16', 'AVD-KSV-0017', 'KSV017'],
  },
  check(model) {
    return workloads(model).flatMap((workload) =>
      workload.containers
        .map((container) => ({ container, node: effectiveSecurity(workload, container, 'privileged') }))
        .filter(({ node }) => bool(node) === true)
        .map(({ container, node }) =>
          flag(
            workload.resource,
            node,
            `container "${container.name}" of ${workload.resource.address} runs privileged`,
          ),
        ),
    );
  },
};

export default rule;
