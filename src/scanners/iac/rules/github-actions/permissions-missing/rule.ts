import { child } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { workflows } from '../../../formats/github-actions/workflows';

const rule: IacRule = {
  meta: {
    id: 'gha-permissions-missing',
    title: 'Workflow does not restrict its GITHUB_TOKEN permissions',
    severity: 'medium',
    description:
      "Without a `permissions:` key the job's GITHUB_TOKEN gets the repository or organisation default, which in many repositories is still read and write on everything. A compromised step (a hijacked action, an injected script) can then push code, create releases or approve pull requests.",
    remediation:
      'Declare `permissions: contents: read` (or `{}`) at the top of the workflow and grant each job only the scopes it needs, e.g. `pull-requests: write` on the job that comments.',
    links: [
      'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#permissions',
      'https://docs.github.com/en/actions/reference/security/secure-use',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'iam',
    compliance: { 'nist-800-53-r5': ['AC-6'], 'soc2-2017': ['CC6.3'], 'pci-dss-4.0': ['7.2.5'] },
    aliases: ['CKV2_GHA_1'],
  },
  check(model) {
    return workflows(model).flatMap((workflow) => {
      if (child(workflow.resource.body, 'permissions') !== undefined) return [];
      // A reusable workflow runs with what its caller grants; the caller is where permissions belong.
      if ([...workflow.triggers.keys()].every((trigger) => trigger === 'workflow_call')) return [];
      const open = workflow.jobs
        .filter((job) => child(job.node, 'permissions') === undefined)
        .map((job) => job.id);
      if (open.length === 0) return [];
      return [
        flag(
          workflow.resource,
          undefined,
          `${workflow.resource.address} sets no permissions, so job(s) ${open.join(', ')} get the default token scopes`,
        ),
      ];
    });
  },
};

export default rule;
