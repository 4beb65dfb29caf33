import type { Violation } from '../../core/engine';
import { scopeOf } from './aws/resource-scope';
import type { IacModel } from './model/iac-model';
import type { Resource } from './model/resource';
import type { AcrossRoots } from './model/violation';

type GatheredAcrossRoots = Extract<AcrossRoots, { kind: 'gathered' }>;

/** The two steps of a rule that reads across root modules without keeping them (see `AcrossRoots`). */
export interface GatherSteps<Part> {
  /**
   * What each scope settles and tells the others, by scope (`scopeOf`). The model may hold many
   * scopes (root modules checked together), and a scope's part must not depend on the others.
   */
  gather(model: IacModel): Map<string, Part>;
  /** The violations, from the parts of every scope of the scan. */
  settle(parts: Part[]): Violation[];
}

/** A rule's `acrossRoots` and `check` from its two steps: `check` gathers a whole model at once. */
export function gathered<Part>(steps: GatherSteps<Part>): {
  acrossRoots: GatheredAcrossRoots;
  check(model: IacModel): Violation[];
} {
  const acrossRoots: GatheredAcrossRoots = {
    kind: 'gathered',
    gather: (model) => steps.gather(model),
    settle: (parts) => steps.settle(parts as Part[]),
  };
  return { acrossRoots, check: (model) => acrossRoots.settle([...acrossRoots.gather(model).values()]) };
}

/** The part of each scope, made on first use by `make`, in the order scopes are first met. */
export class PartsByScope<Part> {
  readonly parts = new Map<string, Part>();

  constructor(private readonly make: () => Part) {}

  of(resource: Resource): Part {
    return this.in(scopeOf(resource));
  }

  in(scope: string): Part {
    let part = this.parts.get(scope);
    if (part === undefined) this.parts.set(scope, (part = this.make()));
    return part;
  }
}
