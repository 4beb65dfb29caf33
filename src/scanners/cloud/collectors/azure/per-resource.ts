import { describeAzureError } from '../../azure/azure-errors';
import { mapLimited } from '../aws/limiter';
import { collected, missing, type Collected } from '../aws/collected';
import { armIdParts, type ArmIdParts } from './arm-ids';

/** Calls made at once for the per-resource reads of one dataset. */
const PER_RESOURCE_CONCURRENCY = 4;

/**
 * Reads something of each resource (a vault's keys, a server's firewall rules), keyed by the resource's id.
 * One resource whose read fails keeps its reason, so only the checks on that resource are not assessed.
 */
export async function perResource<R extends { id?: string }, T>(
  resources: readonly R[],
  read: (resource: R, parts: ArmIdParts) => Promise<T>,
): Promise<Map<string, Collected<T>>> {
  const entries = await mapLimited(resources, PER_RESOURCE_CONCURRENCY, async (resource) => {
    const id = resource.id ?? '';
    const parts = armIdParts(id);
    if (!parts) return [id, missing<T>(`${id || 'a resource'} has no resource group in its id`)] as const;
    try {
      return [id, collected(await read(resource, parts))] as const;
    } catch (error) {
      return [id, missing<T>(`${parts.name}: ${describeAzureError(error)}`)] as const;
    }
  });
  return new Map(entries);
}
