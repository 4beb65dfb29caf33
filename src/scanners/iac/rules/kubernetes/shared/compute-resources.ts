import { child, isUnknown } from '../../../model/node';
import type { Container, Workload } from '../../../formats/kubernetes/workloads';
import type { ContainerHit } from './container-findings';
import type { ContainerDefaults } from './limit-ranges';

const COMPUTE = ['cpu', 'memory'] as const;

/**
 * Containers that leave CPU or memory unset under `resources.<section>`, unless a LimitRange of the
 * namespace supplies a default. A request also counts as set when the matching limit is, because the
 * API copies the limit into a missing request. Ephemeral containers cannot declare resources.
 */
export function missingCompute(
  workload: Workload,
  section: 'limits' | 'requests',
  defaults: ContainerDefaults | undefined,
): ContainerHit[] {
  const fallback = section === 'limits' ? defaults?.limits : defaults?.requests;
  return workload.containers
    .filter((container) => container.group !== 'ephemeralContainers')
    .flatMap((container) => {
      if ([child(container.node, 'resources'), child(container.node, ['resources', section])].some(isUnknown))
        return [];
      const missing = COMPUTE.filter(
        (resource) => !declares(container, section, resource) && !fallback?.has(resource),
      );
      return missing.length === 0 ? [] : [{ container, node: undefined, detail: missing.join(' and ') }];
    });
}

function declares(container: Container, section: 'limits' | 'requests', resource: string): boolean {
  const sections = section === 'requests' ? ['requests', 'limits'] : ['limits'];
  return sections.some((name) => child(container.node, ['resources', name, resource]) !== undefined);
}
