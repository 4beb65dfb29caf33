import type { IacModel } from '../../../model/iac-model';
import { child, entries, str, text, type ModelNode } from '../../../model/node';
import type { Resource } from '../../../model/resource';
import {
  actions,
  parseUses,
  stepOwners,
  workflows,
  type ActionRef,
} from '../../../formats/github-actions/workflows';

/** One `uses:` (a step's action, a job's reusable workflow, a Docker action's image) with what it is given. */
export interface UsesRef {
  resource: Resource;
  node: ModelNode;
  uses: string;
  ref: ActionRef;
  /** `secrets.X` names passed through `with`, `env` or `secrets`. */
  secrets: string[];
}

export function usesRefs(model: IacModel): UsesRef[] {
  const found: UsesRef[] = [];
  const add = (resource: Resource, node: ModelNode | undefined, given: (ModelNode | undefined)[]) => {
    const uses = str(node);
    const ref = uses === undefined ? undefined : parseUses(uses);
    if (node && uses !== undefined && ref)
      found.push({ resource, node, uses, ref, secrets: secretsIn(given) });
  };
  for (const owner of stepOwners(model)) {
    for (const step of owner.steps)
      add(owner.resource, step.usesNode, [child(step.node, 'with'), child(step.node, 'env')]);
  }
  for (const workflow of workflows(model)) {
    for (const job of workflow.jobs)
      add(job.resource, child(job.node, 'uses'), [child(job.node, 'with'), child(job.node, 'secrets')]);
  }
  for (const action of actions(model)) {
    if (
      action.using === 'docker' &&
      str(child(action.resource.body, 'runs.image'))?.startsWith('docker://')
    ) {
      add(action.resource, child(action.resource.body, 'runs.image'), []);
    }
  }
  return found;
}

function secretsIn(nodes: (ModelNode | undefined)[]): string[] {
  const names = new Set<string>();
  for (const node of nodes) {
    for (const [, value] of entries(node)) {
      for (const match of (text(value) ?? '').matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)/g))
        names.add(match[1]!);
    }
  }
  return [...names];
}

export function isPinned(ref: ActionRef): boolean {
  if (ref.kind === 'local') return true;
  if (ref.kind === 'docker') return /^sha256:[0-9a-f]{64}$/i.test(ref.ref ?? '');
  return /^[0-9a-f]{40}$/i.test(ref.ref ?? '');
}

export function isOfficial(ref: ActionRef): boolean {
  return ref.kind === 'repository' && (ref.owner === 'actions' || ref.owner === 'github');
}

/** Says what kind of mutable reference it is, for the message. */
export function describeRef(ref: ActionRef): string {
  const value = ref.ref;
  if (ref.kind === 'docker') return value ? `digest ${value}` : 'a mutable image tag';
  if (value === undefined) return 'no ref at all';
  if (/^(main|master|develop|dev|trunk|latest|HEAD|stable|release)$/i.test(value))
    return `the branch "${value}"`;
  if (/^[0-9a-f]{7,39}$/i.test(value)) return `the short SHA "${value}"`;
  return `the tag "${value}"`;
}
