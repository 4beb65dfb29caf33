import { child } from '../../../model/node';
import { workloads, isMainContainer, type Workload } from '../../../formats/kubernetes/workloads';
import type { IacModel } from '../../../model/iac-model';
import type { ContainerHit } from './container-findings';

/** Jobs run to completion; probes are for long-running workloads. */
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);

export function longRunningWorkloads(model: IacModel): Workload[] {
  return workloads(model).filter((workload) => !RUN_TO_COMPLETION.has(workload.resource.type));
}

/** Main containers without the probe; init and ephemeral containers cannot declare probes. */
export function missingProbe(
  workload: Workload,
  probe: 'livenessProbe' | 'readinessProbe',
  servingOnly = false,
): ContainerHit[] {
  return workload.containers
    .filter(isMainContainer)
    .filter((container) => !servingOnly || child(container.node, 'ports') !== undefined)
    .filter((container) => child(container.node, probe) === undefined)
    .map((container) => ({ container, node: undefined, detail: `${probe} is not set` }));
}
