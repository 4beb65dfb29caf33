import { describeMember, isServiceAgent } from '../../../gcp/iam-members';
import { grantTarget, hierarchyGrants, isUnconditional } from '../../../gcp/iam-bindings';
import { isAdministrativeRole } from '../../../gcp/iam-roles';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-service-account-admin-role',
    title: 'Service account holds an administrative role on a project, folder or organization',
    severity: 'high',
    description:
      'Service accounts run unattended code and their credentials are the ones most often leaked (keys in repositories, tokens taken from a compromised VM). Owner, Editor or an `*Admin` role on the resource hierarchy lets whoever holds that identity reconfigure or delete everything below it without any person in the loop.',
    remediation:
      'Grant the service account only the predefined or custom roles its workload uses, on the narrowest resource; keep administrative roles for people, through groups, with conditions or time limits.',
    links: [
      'https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-privileges',
      'https://cloud.google.com/iam/docs/roles-overview',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['1.5'],
      'nist-800-53-r5': ['AC-6', 'AC-6(5)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2', '7.2.5'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['CKV_GCP_42', 'AVD-GCP-0007', 'google-iam-no-privileged-service-accounts'],
  },
  check(model) {
    return hierarchyGrants(model)
      .filter((grant) => grant.member.kind === 'serviceAccount' && !isServiceAgent(grant.member.text ?? ''))
      .filter(
        (grant) =>
          typeof grant.role === 'string' && isAdministrativeRole(grant.role) && isUnconditional(grant),
      )
      .map((grant) =>
        flag(
          grant.resource,
          grant.member.node,
          `${describeMember(grant.member)} is granted the administrative role ${grant.role} on ${grantTarget(grant)}`,
        ),
      );
  },
};

export default rule;
