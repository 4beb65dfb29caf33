import type { Fix } from '../../../core/finding';
import type { Violation } from '../../../core/engine';
import type { Rule } from '../../../core/rule-types';
import { anchorRange, type ModelNode } from './node';
import type { Resource } from './resource';
import type { IacModel } from './iac-model';

/** A rule of the IaC scanner. It reads resources of its own platform (`meta.platform`) only. */
export interface IacRule extends Rule<IacModel> {
  /**
   * How the rule reads Terraform across root modules. A scan checks each root module on its own as
   * soon as it is evaluated, so that its resources need not be held to the end; a rule without this
   * relates only resources of one root module (addresses are local to it).
   */
  acrossRoots?: AcrossRoots;
}

export type AcrossRoots =
  /**
   * Checked in each root module; a setting declared once for a whole account or organisation, in
   * any root module or template of the scan, waives every finding (an account-level public access
   * block). `check` tests `waived` first too, so that a check of the whole model finds the same.
   * `types` are the Terraform resource types `waived` reads, kept from every root module.
   */
  | { kind: 'waiver'; types: readonly string[]; waived(model: IacModel): boolean }
  /**
   * Checked once, at the end, on every resource of other formats and on the Terraform resources of
   * `types` from every root module: the rule joins resources across root modules (a policy
   * attached by a role's literal name), or across formats. `types` must hold every Terraform type
   * the check reads.
   */
  | { kind: 'whole-scan'; types: readonly string[] }
  /**
   * Checked in two steps, so that nothing of a root module is kept for the end: each scope (a
   * Terraform root module, a template) is gathered into the findings it can settle and what it
   * tells the others (a policy attached to a role by the role's literal name), and `settle` decides
   * on all of them at the end. Made with `gathered` (gathered-check.ts), whose `check` does the
   * same on a whole model.
   */
  | {
      kind: 'gathered';
      /** What each scope of the model (`scopeOf`) settles and tells the others, by scope. */
      gather(model: IacModel): ReadonlyMap<string, unknown>;
      settle(parts: unknown[]): Violation[];
    };

/** A violation of an IaC rule, with the resource it is about. */
export interface IacViolation extends Violation {
  /**
   * The resource flagged. Root modules checked together in one model get back each its own
   * findings by it, where a file and an address may name a resource of each of them.
   */
  subject: Resource;
}

/** The resource a violation made by `flag` is about. */
export function subjectOf(violation: Violation): Resource | undefined {
  return (violation as Partial<IacViolation>).subject;
}

/**
 * A violation on a resource, pointing at the node that is wrong (or the resource
 * itself when the problem is something missing).
 */
export function flag(
  resource: Resource,
  node: ModelNode | undefined,
  message: string,
  extra: { fix?: Fix; properties?: Record<string, string | number | boolean> } = {},
): IacViolation {
  const range = node ? anchorRange(node) : { ...resource.range, endLine: resource.range.startLine };
  const root = rootOfModuleResource(resource);
  const violation: IacViolation = {
    message: root === undefined || root === '.' ? message : `${message} (from root module ${root})`,
    resource: resource.address,
    location: { kind: 'file', path: resource.file, range },
    ...extra,
    subject: resource,
  };
  if (root !== undefined) violation.identity = `${root}//${resource.address}`;
  return violation;
}

/**
 * The root module a Terraform resource declared in a module was evaluated for. Its address is
 * relative to that root module, and one module file is often called from several (an environment
 * each): the finding names it, unless it is the scan root itself, and the fingerprint tells them apart.
 */
function rootOfModuleResource(resource: Resource): string | undefined {
  return resource.format === 'terraform' && resource.meta.module !== undefined
    ? (resource.meta.root ?? '.')
    : undefined;
}
