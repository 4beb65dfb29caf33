import type { IacRule } from '../../../model/violation';
import { flagContainers } from '../shared/container-findings';
import { longRunningWorkloads, missingProbe } from '../shared/probes';

const rule: IacRule = {
  meta: {
    id: 'k8s-readiness-probe-missing',
    title: 'Serving container has no readiness probe',
    severity: 'low',
    description:
      'A container without a readiness probe receives Service traffic as soon as it starts, before it can answer, and keeps receiving it while it is overloaded; every rollout then drops requests. Only containers that declare ports are checked, since workers without ports do not receive Service traffic.',
    remediation:
      'Add a `readinessProbe` that checks the container can serve requests (for example an HTTP health endpoint).',
    links: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'availability',
    compliance: {},
    aliases: ['CKV_K8S_9'],
  },
  check(model) {
    return longRunningWorkloads(model).flatMap((workload) =>
      flagContainers(
        workload,
        missingProbe(workload, 'readinessProbe', true),
        (who) => `${who} declares ports but has no readiness probe`,
      ),
    );
  },
};

export default rule;
