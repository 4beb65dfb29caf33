import { bool, child, entries, str, type MapNode, type ModelNode } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { lineOf } from '../../../formats/github-actions/expressions';
import { stepOwners, workflows, type StepOwner } from '../../../formats/github-actions/workflows';
import type { Violation } from '../../../../../core/engine';
import type { Resource } from '../../../model/resource';

const VARIABLE = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
const WRITTEN_TO_ENV_FILE = /ACTIONS_ALLOW_UNSECURE_COMMANDS=true[^\n]*GITHUB_ENV/i;

function enabledIn(resource: Resource, env: MapNode | undefined, where: string): Violation[] {
  return entries(env)
    .filter(
      ([name, value]) =>
        name.toUpperCase() === VARIABLE &&
        (bool(value) === true || str(value)?.trim().toLowerCase() === 'true'),
    )
    .map(([, value]) => flag(resource, value, `${where} sets ${VARIABLE}=true`));
}

function envOf(node: ModelNode | undefined): MapNode | undefined {
  const env = child(node, 'env');
  return env?.kind === 'map' ? env : undefined;
}

function stepViolations(owner: StepOwner): Violation[] {
  return owner.steps.flatMap((step) => enabledIn(owner.resource, envOf(step.node), `step "${step.label}"`));
}

const rule: IacRule = {
  meta: {
    id: 'gha-unsecure-commands',
    title: 'Deprecated unsafe workflow commands are re-enabled',
    severity: 'high',
    description:
      '`ACTIONS_ALLOW_UNSECURE_COMMANDS` turns the removed `set-env` and `add-path` log commands back on. Then anything a step prints, including untrusted text such as an issue title or a test name, can set environment variables like `NODE_OPTIONS` or `LD_PRELOAD`, or change PATH, and take over the following steps.',
    remediation:
      'Remove the variable and write to the environment files instead: `echo "NAME=value" >> "$GITHUB_ENV"` and `echo "/opt/tool/bin" >> "$GITHUB_PATH"`.',
    links: [
      'https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/',
      'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'ci-cd',
    compliance: { 'nist-800-53-r5': ['CM-7', 'SI-10'] },
    aliases: ['CKV_GHA_1'],
  },
  check(model) {
    const declared = workflows(model).flatMap((workflow) => [
      ...enabledIn(workflow.resource, envOf(workflow.resource.body), workflow.resource.address),
      ...workflow.jobs.flatMap((job) => enabledIn(job.resource, envOf(job.node), `job ${job.id}`)),
    ]);
    const inSteps = stepOwners(model).flatMap(stepViolations);
    const inActions = stepOwners(model)
      .filter((owner) => owner.action)
      .flatMap((owner) =>
        enabledIn(owner.resource, envOf(child(owner.resource.body, 'runs')), owner.resource.address),
      );
    const written = stepOwners(model).flatMap((owner) =>
      owner.steps.flatMap((step) => {
        const match = WRITTEN_TO_ENV_FILE.exec(str(step.run) ?? '');
        return match && step.run
          ? [
              flag(
                owner.resource,
                lineOf(model, owner.resource.file, step.run, match[0]),
                `step "${step.label}" writes ${VARIABLE}=true to GITHUB_ENV`,
              ),
            ]
          : [];
      }),
    );
    return [...declared, ...inSteps, ...inActions, ...written];
  },
};

export default rule;
