import type { IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';
import { flagContainers } from '../shared/container-findings';
import { missingCompute } from '../shared/compute-resources';
import { containerDefaults } from '../shared/limit-ranges';

const rule: IacRule = {
  meta: {
    id: 'k8s-resource-requests-missing',
    title: 'Container has no CPU or memory request',
    severity: 'low',
    description:
      'The scheduler places pods by their requests. A container without them can land on a node that cannot actually run it, and is the first to be evicted under memory pressure (BestEffort quality of service).',
    remediation:
      'Set `resources.requests.cpu` and `resources.requests.memory` to what the container needs at steady state, or give the namespace a LimitRange with default requests.',
    links: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'availability',
    compliance: {
      'nist-800-53-r5': ['SC-6'],
      'soc2-2017': ['A1.1'],
    },
    aliases: ['CKV_K8S_10', 'CKV_K8S_12', 'AVD-KSV-0015', 'KSV015', 'AVD-KSV-0016', 'KSV016'],
  },
  check(model) {
    const defaults = containerDefaults(model);
    return workloads(model).flatMap((workload) => {
      const hits = missingCompute(workload, 'requests', defaults.get(workload.resource.meta.namespace ?? ''));
      return flagContainers(workload, hits, (who, detail) => `${who} sets no ${detail} request`);
    });
  },
};

export default rule;
