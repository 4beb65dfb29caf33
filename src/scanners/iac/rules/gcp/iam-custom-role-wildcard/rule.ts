import type { IacRule } from '../../../model/violation';
import { flagPermissions } from '../custom-role-permissions';

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-custom-role-wildcard',
    title: 'Custom role lists a wildcard permission',
    severity: 'medium',
    description:
      'Custom roles exist to grant an exact list of permissions. An entry such as `storage.*` or `*.setIamPolicy` asks for every matching permission, today and in the future; IAM rejects such entries, so the role either fails to deploy or was meant to be far broader than least privilege allows.',
    remediation:
      'List each permission the role needs by its full name (`storage.objects.get`, `storage.objects.list`); `gcloud iam roles describe` on a predefined role shows the permissions it contains.',
    links: [
      'https://cloud.google.com/iam/docs/creating-custom-roles',
      'https://cloud.google.com/iam/docs/roles-permissions',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam_custom_role',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: [],
  },
  check: (model) =>
    flagPermissions(
      model,
      (permission) => permission.includes('*'),
      (permission) => `lists the wildcard permission ${permission}`,
    ),
};

export default rule;
