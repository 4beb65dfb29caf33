import { bool, child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { isCheckout, parseUses, workflows, type Job } from '../../../formats/github-actions/workflows';

/** Events whose runs build code that people outside the repository wrote. */
const UNTRUSTED_TRIGGERS = ['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment'];

function runsCodeAfter(job: Job, index: number): boolean {
  return job.steps.some(
    (step) => step.index > index && (step.run !== undefined || parseUses(step.uses ?? '')?.kind === 'local'),
  );
}

const rule: IacRule = {
  meta: {
    id: 'gha-checkout-persist-credentials',
    title: 'Checkout leaves the token in the workspace for code that runs after it',
    severity: 'low',
    description:
      'actions/checkout stores the GITHUB_TOKEN in `.git/config` unless told not to. Every later step, including build scripts and test code from a pull request, can read it from there, and an artifact upload of the workspace can publish it.',
    remediation:
      'Add `with: persist-credentials: false` to the checkout step, and pass a token explicitly only to the step that needs to push.',
    links: [
      'https://github.com/actions/checkout#usage',
      'https://docs.github.com/en/actions/reference/security/secure-use',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'secrets',
    compliance: { 'nist-800-53-r5': ['AC-6'] },
    aliases: [],
  },
  check(model) {
    return workflows(model)
      .filter((workflow) => UNTRUSTED_TRIGGERS.some((trigger) => workflow.triggers.has(trigger)))
      .flatMap((workflow) =>
        workflow.jobs.flatMap((job) =>
          job.steps
            .filter((step) => isCheckout(step) && runsCodeAfter(job, step.index))
            .filter((step) => {
              const persist = child(step.node, 'with.persist-credentials');
              return bool(persist) !== false && !str(persist)?.includes('${{');
            })
            .map((step) =>
              flag(
                job.resource,
                step.usesNode,
                `checkout in job ${job.id} keeps the token in .git/config while later steps run pull request code`,
              ),
            ),
        ),
      );
  },
};

export default rule;
