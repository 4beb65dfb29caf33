import type { Violation } from '../../../../../core/engine';
import type { IacModel } from '../../../model/iac-model';
import type { ModelNode } from '../../../model/node';
import { flag } from '../../../model/violation';
import { podOs, workloads, type Container, type Workload } from '../../../formats/kubernetes/workloads';

/** One container that breaks a rule, and the node that says so (undefined when the setting is missing). */
export interface ContainerHit {
  container: Container;
  node: ModelNode | undefined;
  /** What is wrong, e.g. `allowPrivilegeEscalation is not set`. */
  detail: string;
}

/** What a check found in one container. */
export type ContainerFinding = Omit<ContainerHit, 'container'>;

/**
 * Runs `check` on every container of every workload (with `linuxOnly`, of Linux pods only: the
 * setting does not exist on Windows) and reports what it finds through `flagContainers`.
 */
export function checkContainers(
  model: IacModel,
  check: (container: Container, workload: Workload) => ContainerFinding | undefined,
  describe: (who: string, detail: string) => string,
  { linuxOnly = false } = {},
): Violation[] {
  return workloads(model)
    .filter((workload) => !linuxOnly || podOs(workload) === 'linux')
    .flatMap((workload) => {
      const hits = workload.containers.flatMap((container) => {
        const found = check(container, workload);
        return found ? [{ container, ...found }] : [];
      });
      return flagContainers(workload, hits, describe);
    });
}

/**
 * One violation per offending node: a pod-level setting that several containers inherit is reported
 * once, naming them all. A missing setting lands on the container's first line (its `- name:`).
 */
export function flagContainers(
  workload: Workload,
  hits: readonly ContainerHit[],
  describe: (who: string, detail: string) => string,
): Violation[] {
  const groups = new Map<ModelNode, { detail: string; names: string[] }>();
  for (const hit of hits) {
    const anchor = hit.node ?? hit.container.node;
    const group = groups.get(anchor);
    if (group) group.names.push(hit.container.name);
    else groups.set(anchor, { detail: hit.detail, names: [hit.container.name] });
  }
  return [...groups].map(([anchor, { detail, names }]) =>
    flag(
      workload.resource,
      anchor,
      describe(`${containerLabel(names)} of ${workload.resource.address}`, detail),
    ),
  );
}

export function containerLabel(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length === 1) return `container ${quoted[0]}`;
  return `containers ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
