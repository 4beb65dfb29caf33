import type { Violation } from '../../../../../core/engine';
import { bool, child } from '../../../model/node';
import { flag } from '../../../model/violation';
import type { Workload } from '../../../formats/kubernetes/workloads';
import { containerLabel } from './container-findings';

/** Who a pod-level setting affects: every container of the workload, named, and the workload's address. */
export function podSubject(workload: Workload): string {
  const names = workload.containers.map((container) => container.name);
  return names.length === 0
    ? `the pod of ${workload.resource.address}`
    : `${containerLabel(names)} of ${workload.resource.address}`;
}

/** A violation on a pod-spec boolean (hostNetwork, hostPID, hostIPC) that is set to true. */
export function flagPodSwitch(
  workload: Workload,
  field: string,
  describe: (subject: string) => string,
): Violation[] {
  const node = child(workload.podSpec, field);
  return bool(node) === true ? [flag(workload.resource, node, describe(podSubject(workload)))] : [];
}
