import type { RuleMeta } from '../../../../../../core/rule';

/** Medium: an unmanaged resource escaped review, but whether it is insecure is for the other audit checks to say. */
export const meta: RuleMeta = {
  id: 'gcp-drift-unmanaged-resource',
  title: 'Live resource of a Terraform-managed kind is not in the Terraform code',
  severity: 'medium',
  description:
    'The project manages this kind of resource with Terraform, yet this live one in the project matches no declaration and no state entry: it was created by hand or by another tool. It escaped code review, nobody owns its settings, and it is easily forgotten when the rest is changed or torn down. Resources Google creates by itself (the default-allow rules of the default network, GKE firewall rules, service buckets such as Cloud Build and Cloud Functions sources) are left out.',
  remediation:
    "Import the resource into the Terraform project (an `import` block or `terraform import`) and declare its settings, or delete it if nobody needs it. If another project owns it, audit that project's folder instead.",
  links: [
    'https://developer.hashicorp.com/terraform/language/import',
    'https://cloud.google.com/docs/terraform/resource-management/import',
  ],
  scanner: 'audit',
  platform: 'gcp',
  category: 'drift',
  compliance: {
    'nist-800-53-r5': ['CM-3', 'CM-8'],
    'soc2-2017': ['CC8.1'],
  },
  aliases: [],
};
