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

export type ContainerGroup = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface Container {
  node: MapNode;
  name: string;
  /** `containers`, `initContainers` or `ephemeralContainers`. */
  group: ContainerGroup;
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
  return model.view('kubernetes:workloads', () => {
    const result: Workload[] = [];
    for (const resource of model.ofTypes(WORKLOAD_KINDS)) {
      if (resource.format !== 'kubernetes') continue;
      const workload = toWorkload(resource);
      if (workload) result.push(workload);
    }
    return result;
  });
}

export function toWorkload(resource: Resource): Workload | undefined {
  const path = POD_SPEC_PATHS[resource.type];
  const podSpec = toPodSpec(resource);
  if (!path || !podSpec) return undefined;
  const metadataPath = path === 'spec' ? 'metadata' : path.replace(/spec$/, 'metadata');
  return {
    resource,
    podSpec,
    podMetadata: child(resource.body, metadataPath),
    containers: containersOf(podSpec),
  };
}

function toPodSpec(resource: Resource): MapNode | undefined {
  const path = POD_SPEC_PATHS[resource.type];
  const podSpec = path ? child(resource.body, path) : undefined;
  return podSpec?.kind === 'map' ? podSpec : undefined;
}

const GROUPS: readonly ContainerGroup[] = ['initContainers', 'containers', 'ephemeralContainers'];

function containersOf(podSpec: MapNode): Container[] {
  const result: Container[] = [];
  for (const group of GROUPS) {
    for (const node of items(child(podSpec, group))) {
      if (node.kind === 'map') result.push({ node, group, name: str(child(node, 'name')) ?? '(unnamed)' });
    }
  }
  return result;
}

type Field = string | readonly string[];

function fieldPath(field: Field): string[] {
  return typeof field === 'string' ? [field] : [...field];
}

/**
 * A container's effective security setting: its own securityContext wins over
 * the pod's, as the kubelet applies them. Pod-level only for fields that exist there.
 */
export function effectiveSecurity(
  workload: Workload,
  container: Container,
  field: Field,
): ModelNode | undefined {
  return containerSecurity(container, field) ?? podSecurity(workload, field);
}

/** A field of the container's own securityContext (for fields the pod level does not have). */
export function containerSecurity(container: Container, field: Field): ModelNode | undefined {
  return child(container.node, ['securityContext', ...fieldPath(field)]);
}

/** A field of the pod-level securityContext. */
export function podSecurity(workload: Workload, field: Field): ModelNode | undefined {
  return child(workload.podSpec, ['securityContext', ...fieldPath(field)]);
}

/** A pod annotation; looked up as one key, since annotation keys carry dots and slashes. */
export function podAnnotation(workload: Workload, key: string): ModelNode | undefined {
  return child(workload.podMetadata, ['annotations', key]);
}

/**
 * The pod's operating system as `spec.os.name` declares it: Linux-only settings (seccomp,
 * capabilities, privilege escalation) do not apply to Windows pods. Undefined when unknowable.
 */
export function podOs(workload: Workload): 'linux' | 'windows' | undefined {
  const name = child(workload.podSpec, 'os.name');
  if (!name) return 'linux';
  const value = str(name)?.toLowerCase();
  return value === 'windows' ? 'windows' : value === 'linux' ? 'linux' : undefined;
}

/** Containers that run for the life of the pod (not init or debugging containers). */
export function isMainContainer(container: Container): boolean {
  return container.group === 'containers';
}
