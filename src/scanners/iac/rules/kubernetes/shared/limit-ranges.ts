import type { IacModel } from '../../../model/iac-model';
import { child, entries, items, str } from '../../../model/node';

export type ComputeResource = 'cpu' | 'memory';

export interface ContainerDefaults {
  limits: Set<string>;
  requests: Set<string>;
}

/**
 * Per namespace, the resources for which a LimitRange gives containers a default limit or request,
 * following the API's own defaulting: a missing default limit takes `max`, a missing default
 * request takes the default limit, then `min`.
 */
export function containerDefaults(model: IacModel): Map<string, ContainerDefaults> {
  const result = new Map<string, ContainerDefaults>();
  for (const range of model.ofType('LimitRange')) {
    const namespace = range.meta.namespace;
    if (range.format !== 'kubernetes' || !namespace) continue;
    const defaults = result.get(namespace) ?? { limits: new Set<string>(), requests: new Set<string>() };
    for (const item of items(child(range.body, 'spec.limits'))) {
      if (str(child(item, 'type')) !== 'Container') continue;
      const keys = (field: string) => entries(child(item, field)).map(([key]) => key);
      const limits = [...keys('default'), ...keys('max')];
      limits.forEach((key) => defaults.limits.add(key));
      [...keys('defaultRequest'), ...limits, ...keys('min')].forEach((key) => defaults.requests.add(key));
    }
    result.set(namespace, defaults);
  }
  return result;
}
