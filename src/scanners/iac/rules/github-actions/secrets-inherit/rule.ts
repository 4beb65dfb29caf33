import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { parseUses, workflows } from '../../../formats/github-actions/workflows';

const rule: IacRule = {
  meta: {
    id: 'gha-secrets-inherit',
    title: 'Every secret is passed to a reusable workflow in another repository',
    severity: 'medium',
    description:
      '`secrets: inherit` hands the called workflow all secrets the caller can read, not just the ones it needs. If that workflow, or anything it runs, is changed or compromised in its own repository, every one of those secrets is exposed.',
    remediation:
      'Pass only the secrets the reusable workflow declares (`secrets: { registry-token: ${{ secrets.REGISTRY_TOKEN }} }`), and pin the workflow reference to a commit SHA.',
    links: [
      'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idsecretsinherit',
      'https://docs.github.com/en/actions/reference/security/secure-use',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'secrets',
    compliance: { 'nist-800-53-r5': ['AC-6'], 'soc2-2017': ['CC6.1'] },
    aliases: [],
  },
  check(model) {
    return workflows(model).flatMap((workflow) =>
      workflow.jobs.flatMap((job) => {
        const secrets = child(job.node, 'secrets');
        const uses = str(child(job.node, 'uses'));
        if (
          str(secrets)?.trim() !== 'inherit' ||
          uses === undefined ||
          parseUses(uses)?.kind !== 'repository'
        )
          return [];
        return [flag(job.resource, secrets, `job ${job.id} passes every secret to ${uses}`)];
      }),
    );
  },
};

export default rule;
