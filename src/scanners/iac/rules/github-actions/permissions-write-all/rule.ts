import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { workflows } from '../../../formats/github-actions/workflows';

const rule: IacRule = {
  meta: {
    id: 'gha-permissions-write-all',
    title: 'GITHUB_TOKEN is granted write-all',
    severity: 'high',
    description:
      '`permissions: write-all` gives the token write access to every scope: contents, packages, pull requests, deployments, security events and more. Any step that is compromised can tamper with the repository, its releases and its packages.',
    remediation:
      'Replace `write-all` with the individual scopes the job uses, each at the lowest level (`contents: read`, `pull-requests: write`, ...).',
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
      const scopes = [
        {
          resource: workflow.resource,
          node: child(workflow.resource.body, 'permissions'),
          what: workflow.resource.address,
        },
        ...workflow.jobs.map((job) => ({
          resource: job.resource,
          node: child(job.node, 'permissions'),
          what: `job ${job.id}`,
        })),
      ];
      return scopes
        .filter(({ node }) => str(node)?.trim() === 'write-all')
        .map(({ resource, node, what }) =>
          flag(resource, node, `${what} grants the GITHUB_TOKEN write-all permissions`),
        );
    });
  },
};

export default rule;
