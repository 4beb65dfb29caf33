import { child, str } from '../../../model/node';
import type { IacRule } from '../../../model/violation';
import { contextPaths, yieldsBoolean } from '../../../formats/github-actions/expressions';
import type { StepOwner } from '../../../formats/github-actions/workflows';
import { flagExpressions, inlineScripts, where } from '../shared/scripts';

/** Composite actions and reusable workflows get their inputs from callers they do not control. */
function takesCallerInputs(owner: StepOwner): boolean {
  return owner.action?.using === 'composite' || owner.job?.workflow.triggers.has('workflow_call') === true;
}

/** A reusable workflow's boolean and number inputs cannot carry shell syntax. */
function isTypedInput(owner: StepOwner, name: string): boolean {
  const type = str(child(owner.job?.workflow.triggers.get('workflow_call'), ['inputs', name, 'type']));
  return type === 'boolean' || type === 'number';
}

const rule: IacRule = {
  meta: {
    id: 'gha-input-in-script',
    title: 'Action input is expanded into a script',
    severity: 'medium',
    description:
      'A composite action or reusable workflow cannot know where its inputs come from: a caller may pass a pull request title or a branch name. Expanded with `${{ inputs.x }}` inside `run:`, such a value is spliced into the script before the shell parses it, so quotes and `$(...)` in it run as commands.',
    remediation:
      'Map each input to an environment variable (`env: TARGET: ${{ inputs.target }}`) and use `"$TARGET"` in the script; validate it there if it must follow a format.',
    links: [
      'https://docs.github.com/en/actions/concepts/security/script-injections',
      'https://docs.github.com/en/actions/reference/security/secure-use',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'ci-cd',
    compliance: { 'nist-800-53-r5': ['SI-10'] },
    aliases: [],
  },
  check(model) {
    return inlineScripts(model)
      .filter((script) => takesCallerInputs(script.owner))
      .flatMap((script) =>
        flagExpressions(model, script, (body) => {
          if (yieldsBoolean(body)) return undefined;
          const input = contextPaths(body).find((path) => path.startsWith('inputs.'));
          if (!input || isTypedInput(script.owner, input.slice('inputs.'.length))) return undefined;
          return `${where(script.owner, script.step)} expands ${input} directly into its script`;
        }),
      );
  },
};

export default rule;
