import { isDefaultServiceAccountEmail } from '../../../gcp/iam-members';
import { grantTarget, hierarchyGrants } from '../../../gcp/iam-bindings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-default-service-account-role',
    title: 'Role granted to a default service account on a project, folder or organization',
    severity: 'medium',
    description:
      'The Compute Engine and App Engine default service accounts are attached automatically to every VM, GKE node, function and App Engine app that does not name its own. A role granted to them is therefore granted to all of those workloads at once, and to anyone who can create one.',
    remediation:
      'Create a dedicated service account per workload, grant it only what that workload needs, and remove the grant from the default service account (the `iam.automaticIamGrantsForDefaultServiceAccounts` organization policy stops the automatic Editor grant).',
    links: [
      'https://cloud.google.com/iam/docs/service-account-types#default',
      'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_default_grants',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-2'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.5'],
    },
    aliases: [
      'CKV_GCP_46',
      'CKV_GCP_47',
      'CKV_GCP_48',
      'AVD-GCP-0006',
      'google-iam-no-project-level-default-service-account-assignment',
      'AVD-GCP-0004',
      'google-iam-no-folder-level-default-service-account-assignment',
      'AVD-GCP-0008',
      'google-iam-no-org-level-default-service-account-assignment',
    ],
  },
  check(model) {
    return hierarchyGrants(model)
      .filter((grant) => grant.member.text !== undefined && grant.member.kind === 'serviceAccount')
      .filter((grant) => isDefaultServiceAccountEmail(grant.member.text!))
      .map((grant) =>
        flag(
          grant.resource,
          grant.member.node,
          `the default service account ${grant.member.text} is granted ${typeof grant.role === 'string' ? grant.role : 'a role'} on ${grantTarget(grant)}`,
        ),
      );
  },
};

export default rule;
