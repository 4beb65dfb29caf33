import type { Violation } from '../../core/engine';
import { scopeOf } from './aws/resource-scope';
import type { IacModel } from './model/iac-model';
import type { Resource } from './model/resource';
import type { AcrossRoots } from './model/violation';

type GatheredAcrossRoots = Extract<AcrossRoots, { kind: 'gathered' }>;

/** The two steps of a rule that reads across root modules without keeping them (see `AcrossRoots`). */
export interface GatherSteps<Part> {
  /** What one scope settles and tells the others; the model holds that scope alone. */
  gather(model: IacModel): Part;
  /** The violations, from the parts of every scope of the scan. */
  settle(parts: Part[]): Violation[];
}

/** A rule's `acrossRoots` and `check` from its two steps: `check` gathers a whole model scope by scope. */
export function gathered<Part>(steps: GatherSteps<Part>): {
  acrossRoots: GatheredAcrossRoots;
  check(model: IacModel): Violation[];
} {
  const acrossRoots: GatheredAcrossRoots = {
    kind: 'gathered',
    gather: (model) => steps.gather(model),
    settle: (parts) => steps.settle(parts as Part[]),
  };
  return { acrossRoots, check: (model) => acrossRoots.settle(gatherByScope(model, acrossRoots)) };
}

/** The parts of every scope of a model (Terraform root modules, templates), in model order; none for an empty model. */
export function gatherByScope(model: IacModel, acrossRoots: GatheredAcrossRoots): unknown[] {
  const scopes = new Map<string, Resource[]>();
  for (const resource of model.resources) {
    const scope = scopeOf(resource);
    const list = scopes.get(scope);
    if (list) list.push(resource);
    else scopes.set(scope, [resource]);
  }
  if (scopes.size === 0) return [];
  if (scopes.size === 1) return [acrossRoots.gather(model)];
  return [...scopes.values()].map((resources) => acrossRoots.gather(model.sibling(resources)));
}
