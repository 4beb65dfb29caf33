import { child, strings, type ModelNode } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { workflows } from '../../../formats/github-actions/workflows';

const PULL_REQUEST_TRIGGERS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
];

/** `runs-on: self-hosted`, `[self-hosted, linux]` or `{ labels: [self-hosted, ...] }`. */
function selfHosted(runsOn: ModelNode | undefined): boolean {
  const labels = runsOn?.kind === 'map' ? strings(child(runsOn, 'labels')) : strings(runsOn);
  return labels.some((label) => label.trim().toLowerCase() === 'self-hosted');
}

const rule: IacRule = {
  meta: {
    id: 'gha-self-hosted-runner-pr',
    title: 'Pull request workflow runs on a self-hosted runner',
    severity: 'info',
    description:
      'In a public repository anyone can open a pull request, and a pull request workflow runs their code. On a self-hosted runner that code runs on your machine, inside your network, and can persist between jobs, since self-hosted runners are not wiped after each job like GitHub-hosted ones. It matters only for public repositories.',
    remediation:
      'For public repositories, run pull request jobs on GitHub-hosted runners, or on ephemeral, isolated self-hosted runners (one job per runner) in a network with no access to internal systems; require approval for workflows from outside contributors.',
    links: [
      'https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security',
      'https://docs.github.com/en/actions/reference/security/secure-use',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'ci-cd',
    compliance: { 'nist-800-53-r5': ['SC-39', 'AC-6'] },
    aliases: [],
  },
  check(model) {
    return workflows(model)
      .filter((workflow) => PULL_REQUEST_TRIGGERS.some((trigger) => workflow.triggers.has(trigger)))
      .flatMap((workflow) =>
        workflow.jobs
          .filter((job) => selfHosted(child(job.node, 'runs-on')))
          .map((job) =>
            flag(
              job.resource,
              child(job.node, 'runs-on'),
              `job ${job.id} runs pull request code on a self-hosted runner`,
            ),
          ),
      );
  },
};

export default rule;
