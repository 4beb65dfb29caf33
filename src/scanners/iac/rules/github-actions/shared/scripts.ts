import type { Violation } from '../../../../../core/engine';
import type { IacModel } from '../../../model/iac-model';
import { child, type ModelNode } from '../../../model/node';
import { flag } from '../../../model/violation';
import { expressionsIn, lineOf } from '../../../formats/github-actions/expressions';
import { parseUses, stepOwners, type Step, type StepOwner } from '../../../formats/github-actions/workflows';

/** Inline code GitHub evaluates expressions into before running it: a `run:` script or an actions/github-script `script:`. */
export interface InlineScript {
  owner: StepOwner;
  step: Step;
  node: ModelNode;
  text: string;
  kind: 'run' | 'github-script';
}

export function inlineScripts(model: IacModel): InlineScript[] {
  const result: InlineScript[] = [];
  for (const owner of stepOwners(model)) {
    for (const step of owner.steps) {
      if (step.run?.kind === 'scalar' && typeof step.run.value === 'string') {
        result.push({ owner, step, node: step.run, text: step.run.value, kind: 'run' });
      }
      const script = child(step.node, 'with.script');
      if (
        parseUses(step.uses ?? '')?.repository === 'actions/github-script' &&
        script?.kind === 'scalar' &&
        typeof script.value === 'string'
      ) {
        result.push({ owner, step, node: script, text: script.value, kind: 'github-script' });
      }
    }
  }
  return result;
}

/** How a finding names where it is: `step "Build" of job build` or `step "Lint" of action actions/iac`. */
export function where(owner: StepOwner, step: Step): string {
  return owner.job
    ? `step "${step.label}" of job ${owner.job.id}`
    : `step "${step.label}" of ${owner.resource.address}`;
}

/** One finding per `${{ }}` expression of the script that `describe` has a message for, on the expression's line. */
export function flagExpressions(
  model: IacModel,
  script: InlineScript,
  describe: (body: string) => string | undefined,
): Violation[] {
  let fromLine = 0;
  return expressionsIn(script.text).flatMap((expression) => {
    const message = describe(expression.body);
    if (message === undefined) return [];
    const at = lineOf(model, script.owner.resource.file, script.node, expression.raw, fromLine);
    fromLine = at.range.startLine;
    return [flag(script.owner.resource, at, message)];
  });
}
