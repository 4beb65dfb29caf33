import { child, text, type ModelNode } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { lineOf } from '../../../formats/github-actions/expressions';
import {
  isCheckout,
  parseUses,
  workflows,
  type Job,
  type Step,
} from '../../../formats/github-actions/workflows';

const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
/** Expressions that name the pull request's own code rather than the base branch. */
const PR_HEAD =
  /github\.event\.pull_request\.head\.(sha|ref|repo)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch|repository)|github\.event\.(pull_request\.)?number|refs\/pull\//;
const MANUAL_CHECKOUT =
  /gh\s+pr\s+checkout|git\s+(fetch|checkout|pull|switch)\b.*(pull\/|head\.(sha|ref)|head_(ref|sha|branch))/;

/** The node that checks out the pull request head in this step, if it does. */
function headCheckout(step: Step): ModelNode | undefined {
  if (isCheckout(step)) {
    const ref = child(step.node, 'with.ref');
    const repository = child(step.node, 'with.repository');
    if (PR_HEAD.test(text(ref) ?? '')) return ref;
    if (PR_HEAD.test(text(repository) ?? '')) return repository;
    return undefined;
  }
  return MANUAL_CHECKOUT.test(text(step.run) ?? '') ? step.run : undefined;
}

/** A later step that executes code from the workspace: a script, or an action from the checked-out tree. */
function runsCodeAfter(job: Job, index: number): boolean {
  return job.steps.some(
    (step) => step.index > index && (step.run !== undefined || parseUses(step.uses ?? '')?.kind === 'local'),
  );
}

const rule: IacRule = {
  meta: {
    id: 'gha-untrusted-checkout',
    title: 'Privileged workflow checks out and runs pull request code',
    severity: 'critical',
    description:
      "`pull_request_target` and `workflow_run` jobs run with the base repository's secrets and a token that can write. Checking out the pull request's head and then building or testing it hands that access to anyone who opens a pull request: their build scripts, package hooks or local actions run in the privileged job.",
    remediation:
      'Run untrusted code under the `pull_request` trigger, which gets a read-only token and no secrets; move the privileged part (commenting, labelling, uploading) to a separate `workflow_run` job that only consumes artifacts as data and never executes them.',
    links: [
      'https://docs.github.com/en/actions/reference/security/securely-using-pull_request_target',
      'https://docs.github.com/en/actions/reference/security/secure-use',
      'https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'ci-cd',
    compliance: { 'nist-800-53-r5': ['AC-6', 'SI-7'], 'soc2-2017': ['CC8.1'] },
    aliases: [],
  },
  check(model) {
    return workflows(model)
      .filter((workflow) => PRIVILEGED_TRIGGERS.some((trigger) => workflow.triggers.has(trigger)))
      .flatMap((workflow) =>
        workflow.jobs.flatMap((job) =>
          job.steps.flatMap((step) => {
            const checkout = headCheckout(step);
            if (!checkout || !runsCodeAfter(job, step.index)) return [];
            const trigger = PRIVILEGED_TRIGGERS.find((name) => workflow.triggers.has(name));
            const at =
              checkout === step.run
                ? lineOf(
                    model,
                    job.resource.file,
                    checkout,
                    (text(checkout) ?? '').match(MANUAL_CHECKOUT)?.[0] ?? '',
                  )
                : checkout;
            return [
              flag(
                job.resource,
                at,
                `job ${job.id} runs on ${trigger} and checks out the pull request head in step "${step.label}", then runs code from it`,
              ),
            ];
          }),
        ),
      );
  },
};

export default rule;
