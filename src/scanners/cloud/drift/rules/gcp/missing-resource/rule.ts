import type { RuleMeta } from '../../../../../../core/rule';

/**
 * Medium by default; high when what is missing is a security control itself (a firewall rule, a public access setting),
 * because the project is then less protected than the code says.
 */
export const meta: RuleMeta = {
  id: 'gcp-drift-missing-resource',
  title: 'Resource declared in Terraform does not exist in the live project',
  severity: 'medium',
  description:
    'The state (or the literal name in the code) identifies this resource, but the live project has none with that identity: it was deleted outside Terraform, or the code was never applied. When the missing resource is a security control, the project runs without the protection the code promises.',
  remediation:
    'Run `terraform plan` to see it re-created and apply if the resource is still wanted; otherwise remove the declaration (and `terraform state rm` it) so that code and project agree.',
  links: [
    'https://developer.hashicorp.com/terraform/tutorials/state/resource-drift',
    'https://developer.hashicorp.com/terraform/cli/commands/plan',
  ],
  scanner: 'audit',
  platform: 'gcp',
  category: 'drift',
  compliance: {
    'nist-800-53-r5': ['CM-2', 'CM-3'],
    'soc2-2017': ['CC8.1'],
  },
  aliases: [],
};
