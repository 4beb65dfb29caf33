import { describeMember, isPublicMember } from '../../../gcp/iam-members';
import { grantTarget, hierarchyGrants, isUnconditional } from '../../../gcp/iam-bindings';
import { isImpersonationRole } from '../../../gcp/iam-roles';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-service-account-impersonation',
    title: 'Service Account User or Token Creator role granted on a project, folder or organization',
    severity: 'high',
    description:
      '`roles/iam.serviceAccountUser` lets its holder attach, and so act as, a service account; `roles/iam.serviceAccountTokenCreator` lets it mint access tokens for one. Granted on a project, folder or organization they apply to every service account below it, including the most privileged one, which turns any holder into an administrator.',
    remediation:
      'Grant these roles on the individual service account (`google_service_account_iam_member`) that the principal needs to use, not on the project, folder or organization.',
    links: [
      'https://cloud.google.com/iam/docs/service-account-permissions#user-role',
      'https://cloud.google.com/iam/docs/best-practices-service-accounts#project-folder-grants',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_iam',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['1.6'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: [
      'CKV_GCP_41',
      'CKV_GCP_49',
      'AVD-GCP-0011',
      'google-iam-no-project-level-service-account-impersonation',
      'AVD-GCP-0005',
      'google-iam-no-folder-level-service-account-impersonation',
      'AVD-GCP-0009',
      'google-iam-no-org-level-service-account-impersonation',
    ],
  },
  check(model) {
    return hierarchyGrants(model)
      .filter(
        (grant) =>
          typeof grant.role === 'string' && isImpersonationRole(grant.role) && isUnconditional(grant),
      )
      .filter((grant) => grant.member.kind !== 'unknown' && !isPublicMember(grant.member))
      .map((grant) =>
        flag(
          grant.resource,
          grant.member.node,
          `${describeMember(grant.member)} can act as every service account of ${grantTarget(grant)} through ${grant.role}`,
        ),
      );
  },
};

export default rule;
