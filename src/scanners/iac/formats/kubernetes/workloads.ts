import type { IacModel } from '../../model/iac-model';
import { child, items, str, type MapNode, type ModelNode } from '../../model/node';
import type { Resource } from '../../model/resource';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, string> = {
  Pod: 'spec',
  PodTemplate: 'template.spec',
  Deployment: 'spec.template.spec',
  StatefulSet: 'spec.template.spec',
  DaemonSet: 'spec.template.spec',
  ReplicaSet: 'spec.template.spec',
  ReplicationController: 'spec.template.spec',
  Job: 'spec.template.spec',
  CronJob: 'spec.jobTemplate.spec.template.spec',
};

export const WORKLOAD_KINDS = Object.keys(POD_SPEC_PATHS);

export interface Container {
  node: MapNode;
  name: string;
  /** `containers`, `initContainers` or `ephemeralContainers`. */
  group: string;
}

/** A workload of any kind, seen through its pod spec, so each rule is written once. */
export interface Workload {
  resource: Resource;
  podSpec: MapNode;
  /** The pod template's metadata (labels, annotations), or the Pod's own. */
  podMetadata: ModelNode | undefined;
  containers: Container[];
}

export function workloads(model: IacModel): Workload[] {
  const result: Workload[] = [];
  for (const resource of model.ofType(...WORKLOAD_KINDS)) {
    if (resource.format !== 'kubernetes') continue;
    const workload = toWorkload(resource);
    if (workload) result.push(workload);
  }
  return result;
}

export function toWorkload(resource: Resource): Workload | undefined {
  const path = POD_SPEC_PATHS[resource.type];
  if (!path) return undefined;
  const podSpec = child(resource.body, path);
  if (podSpec?.kind !== 'map') return undefined;
  const metadataPath = path === 'spec' ? 'metadata' : path.replace(/spec$/, 'metadata');
  return {
    resource,
    podSpec,
    podMetadata: child(resource.body, metadataPath),
    containers: containersOf(podSpec),
  };
}

function containersOf(podSpec: MapNode): Container[] {
  const result: Container[] = [];
  for (const group of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const node of items(child(podSpec, group))) {
      if (node.kind === 'map') result.push({ node, group, name: str(child(node, 'name')) ?? '(unnamed)' });
    }
  }
  return result;
}

/**
 * A container's effective security setting: its own securityContext wins over
 * the pod's, as the kubelet applies them. Pod-level only for fields that exist there.
 */
export function effectiveSecurity(workload: Workload, container: Container, field: string): ModelNode | undefined {
  return child(container.node, ['securityContext', field]) ?? child(workload.podSpec, ['securityContext', field]);
}
