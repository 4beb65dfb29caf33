import type { IacRule } from '../../../model/violation';
import { flagContainers } from '../shared/container-findings';
import { longRunningWorkloads, missingProbe } from '../shared/probes';

const rule: IacRule = {
  meta: {
    id: 'k8s-liveness-probe-missing',
    title: 'Container has no liveness probe',
    severity: 'info',
    description:
      'Without a liveness probe the kubelet restarts a container only when its process exits; a deadlocked or hung process keeps running and failing requests. A liveness probe must be cheap and only check the process itself, since an over-eager one causes restart loops.',
    remediation:
      'Add a `livenessProbe` (HTTP, TCP, gRPC or exec) with a generous `failureThreshold`, or a `startupProbe` for slow starts.',
    links: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'availability',
    compliance: {},
    aliases: ['CKV_K8S_8'],
  },
  check(model) {
    return longRunningWorkloads(model).flatMap((workload) =>
      flagContainers(
        workload,
        missingProbe(workload, 'livenessProbe'),
        (who) => `${who} has no liveness probe`,
      ),
    );
  },
};

export default rule;
