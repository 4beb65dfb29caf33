import type { IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';
import { flagContainers } from '../shared/container-findings';
import { missingCompute } from '../shared/compute-resources';
import { containerDefaults } from '../shared/limit-ranges';

const rule: IacRule = {
  meta: {
    id: 'k8s-resource-limits-missing',
    title: 'Container has no CPU or memory limit',
    severity: 'medium',
    description:
      'Without limits a single container can take all the CPU and memory of its node, starving the other pods there (a denial of service, whether from a bug, a leak or an attacker). A memory limit also lets the kernel stop a runaway process before the node runs out.',
    remediation:
      'Set `resources.limits.memory` and `resources.limits.cpu` on every container, or give the namespace a LimitRange with default limits.',
    links: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'https://kubernetes.io/docs/concepts/policy/limit-range/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'availability',
    compliance: {
      'nist-800-53-r5': ['SC-5', 'SC-6'],
      'soc2-2017': ['A1.1'],
    },
    aliases: ['CKV_K8S_11', 'CKV_K8S_13', 'AVD-KSV-0011', 'KSV011', 'AVD-KSV-0018', 'KSV018'],
  },
  check(model) {
    const defaults = containerDefaults(model);
    return workloads(model).flatMap((workload) => {
      const hits = missingCompute(workload, 'limits', defaults.get(workload.resource.meta.namespace ?? ''));
      return flagContainers(workload, hits, (who, detail) => `${who} sets no ${detail} limit`);
    });
  },
};

export default rule;
