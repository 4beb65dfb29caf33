import { describeMember } from '../../../gcp/iam-members';
import { grantTarget, hierarchyGrants, isUnconditional } from '../../../gcp/iam-bindings';
import { isPrimitiveRole } from '../../../gcp/iam-roles';
import { flag, type IacRule } from '../../../model/violation';

/** People and groups; service accounts are covered by gcp-iam-service-account-admin-role. */
const PRINCIPALS = new Set(['user', 'group', 'domain', 'principal', 'principalSet']);

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-primitive-role',
    title: 'Basic Owner or Editor role granted on a project, folder or organization',
    severity: 'high',
    description:
      'The basic roles `roles/owner` and `roles/editor` grant write access to nearly every service, and Owner can also change IAM policy. Granted on the resource hierarchy they reach every resource below it, so one phished account or leaked credential becomes full control of the environment.',
    remediation:
      'Replace the basic role with the predefined roles the principal actually needs (for example `roles/storage.objectAdmin` on one bucket), or with a custom role; grant it on the narrowest resource, and add an IAM condition where the access can be scoped further.',
    links: [
      'https://cloud.google.com/iam/docs/roles-overview#basic',
      'https://cloud.google.com/iam/docs/using-iam-securely#least_privilege',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-6(1)', 'AC-6(5)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['CKV_GCP_117'],
  },
  check(model) {
    return hierarchyGrants(model)
      .filter((grant) => typeof grant.role === 'string' && isPrimitiveRole(grant.role))
      .filter((grant) => PRINCIPALS.has(grant.member.kind) && isUnconditional(grant))
      .map((grant) =>
        flag(
          grant.resource,
          grant.member.node,
          `${describeMember(grant.member)} is granted ${grant.role} on ${grantTarget(grant)} by ${(grant.via ?? grant.resource).address}`,
        ),
      );
  },
};

export default rule;
