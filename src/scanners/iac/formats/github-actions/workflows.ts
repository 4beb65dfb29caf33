import type { IacModel } from '../../model/iac-model';
import { child, entries, items, str, strings, type MapNode, type ModelNode } from '../../model/node';
import type { Resource } from '../../model/resource';

export interface Step {
  node: MapNode;
  index: number;
  /** `name`, else `uses`, else `run` shortened: how a reader finds the step. */
  label: string;
  uses?: string;
  usesNode?: ModelNode;
  run?: ModelNode;
}

export interface Workflow {
  resource: Resource;
  /** Event name -> its configuration node (undefined for `on: push` and list forms). */
  triggers: Map<string, ModelNode | undefined>;
  jobs: Job[];
}

export interface Job {
  resource: Resource;
  id: string;
  node: MapNode;
  workflow: Workflow;
  steps: Step[];
}

/** An action metadata file (action.yml); only composite actions have steps. */
export interface Action {
  resource: Resource;
  using: string | undefined;
  steps: Step[];
}

/** Where steps live: a workflow job or a composite action. Rules about steps read both. */
export interface StepOwner {
  resource: Resource;
  steps: Step[];
  job?: Job;
  action?: Action;
}

function build(model: IacModel): { workflows: Workflow[]; actions: Action[] } {
  return model.view('github-actions:workflows', () => readWorkflows(model));
}

function readWorkflows(model: IacModel): { workflows: Workflow[]; actions: Action[] } {
  const workflows = model.ofType('github-workflow').map((resource) => {
    const workflow: Workflow = { resource, triggers: triggers(resource.body), jobs: [] };
    return workflow;
  });
  const byFile = new Map(workflows.map((workflow) => [workflow.resource.file, workflow]));
  for (const resource of model.ofType('github-workflow-job')) {
    const workflow = byFile.get(resource.file);
    if (!workflow) continue;
    const id = resource.meta.job ?? resource.address;
    workflow.jobs.push({
      resource,
      id,
      node: resource.body,
      workflow,
      steps: stepsOf(child(resource.body, 'steps')),
    });
  }
  const actions = model.ofType('github-action').map((resource) => ({
    resource,
    using: str(child(resource.body, 'runs.using')),
    steps: stepsOf(child(resource.body, 'runs.steps')),
  }));
  return { workflows, actions };
}

export function workflows(model: IacModel): Workflow[] {
  return build(model).workflows;
}

export function actions(model: IacModel): Action[] {
  return build(model).actions;
}

export function stepOwners(model: IacModel): StepOwner[] {
  const { workflows: all, actions: actionList } = build(model);
  return [
    ...all.flatMap((workflow) =>
      workflow.jobs.map((job) => ({ resource: job.resource, steps: job.steps, job })),
    ),
    ...actionList.map((action) => ({ resource: action.resource, steps: action.steps, action })),
  ];
}

/** `on` may be a string, a list or a map; YAML 1.1 readers would see the key as `true`. */
export function triggerNames(on: ModelNode | undefined): string[] {
  return on?.kind === 'map' ? [...on.entries.keys()] : strings(on);
}

function triggers(root: MapNode): Map<string, ModelNode | undefined> {
  const on = child(root, 'on') ?? child(root, 'true');
  const result = new Map<string, ModelNode | undefined>();
  if (on?.kind === 'map') for (const [name, node] of entries(on)) result.set(name, node);
  else for (const name of strings(on)) result.set(name, undefined);
  return result;
}

function stepsOf(node: ModelNode | undefined): Step[] {
  return items(node).flatMap((step, index) => {
    if (step.kind !== 'map') return [];
    const uses = str(child(step, 'uses'));
    const run = child(step, 'run');
    const label = str(child(step, 'name')) ?? uses ?? (str(run) ?? '').trim().split('\n')[0]!.slice(0, 40);
    return [
      {
        node: step,
        index,
        label: label || `step ${index + 1}`,
        ...(uses !== undefined ? { uses, usesNode: child(step, 'uses') } : {}),
        ...(run ? { run } : {}),
      },
    ];
  });
}

export interface ActionRef {
  kind: 'local' | 'docker' | 'repository';
  /** `owner/repo` for repository references, lower case. */
  owner?: string;
  repository?: string;
  /** What follows `@`: a tag, branch or commit SHA; for docker references, the digest if any. */
  ref?: string;
}

/** Reads a `uses:` value: `./path`, `docker://image[@sha256:...]` or `owner/repo[/path]@ref`. */
export function parseUses(uses: string): ActionRef | undefined {
  const value = uses.trim();
  if (value.includes('${{')) return undefined;
  if (value.startsWith('./') || value.startsWith('.\\')) return { kind: 'local' };
  if (value.startsWith('docker://')) {
    const at = value.indexOf('@');
    return { kind: 'docker', ...(at === -1 ? {} : { ref: value.slice(at + 1) }) };
  }
  const at = value.lastIndexOf('@');
  const path = at === -1 ? value : value.slice(0, at);
  const [owner, repo] = path.split('/');
  if (!owner || !repo) return undefined;
  return {
    kind: 'repository',
    owner: owner.toLowerCase(),
    repository: `${owner}/${repo}`.toLowerCase(),
    ...(at === -1 ? {} : { ref: value.slice(at + 1) }),
  };
}

export function isCheckout(step: Step): boolean {
  return parseUses(step.uses ?? '')?.repository === 'actions/checkout';
}

/** The environment a step's script sees: workflow, job and step `env` maps, innermost last. */
export function envMaps(owner: StepOwner, step?: Step): MapNode[] {
  const maps: (ModelNode | undefined)[] = owner.job
    ? [child(owner.job.workflow.resource.body, 'env'), child(owner.job.node, 'env')]
    : [child(owner.resource.body, 'runs.env')];
  if (step) maps.push(child(step.node, 'env'));
  return maps.filter((node): node is MapNode => node?.kind === 'map');
}
