import type { RuleMeta } from '../../../../../../core/rule';

/** Medium: an unmanaged resource escaped review, but whether it is insecure is for the other audit checks to say. */
export const meta: RuleMeta = {
  id: 'azure-drift-unmanaged-resource',
  title: 'Live resource of a Terraform-managed kind is not in the Terraform code',
  severity: 'medium',
  description:
    'The project manages this kind of resource with Terraform, yet this live one in the subscription matches no declaration and no state entry: it was created by hand or by another tool. It escaped code review, nobody owns its settings, and it is easily forgotten when the rest is changed or torn down. Resources Azure creates by itself (in AKS node resource groups `MC_*`, Databricks managed groups, Cloud Shell storage) are left out.',
  remediation:
    "Import the resource into the Terraform project (an `import` block or `terraform import`) and declare its settings, or delete it if nobody needs it. If another project owns it, audit that project's folder instead.",
  links: [
    'https://developer.hashicorp.com/terraform/language/import',
    'https://learn.microsoft.com/en-us/azure/developer/terraform/overview',
  ],
  scanner: 'audit',
  platform: 'azure',
  category: 'drift',
  compliance: {
    'nist-800-53-r5': ['CM-3', 'CM-8'],
    'soc2-2017': ['CC8.1'],
  },
  aliases: [],
};
