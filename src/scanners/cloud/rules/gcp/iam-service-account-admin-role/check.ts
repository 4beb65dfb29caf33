import type { GcpAuditRule } from '../gcp-audit-rule';
import {
  describeGrants,
  grantsMatching,
  isGoogleManagedMember,
  isServiceAccount,
  memberResource,
} from '../shared/iam-bindings';

/** Owner, Editor and every role whose name ends in admin (`roles/storage.admin`, `roles/iam.securityAdmin`). */
function isAdminRole(role: string): boolean {
  return role === 'roles/owner' || role === 'roles/editor' || /admin$/i.test(role);
}

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-iam-service-account-admin-role',
    title: 'Service account holds an admin, Owner or Editor role on the project',
    severity: 'critical',
    description:
      "A service account's credentials live in workloads, CI systems and key files, where they leak more easily than a person's. With an admin role, whoever obtains them can change resources, IAM and data across the project without any second factor.",
    remediation:
      'Grant the service account only the predefined or custom roles its workload needs, scoped to the resources it uses, and remove the admin, Owner or Editor binding. Google-managed service agents are not reported.',
    links: [
      'https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-roles',
      'https://cloud.google.com/iam/docs/understanding-roles',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['1.5'],
      'nist-800-53-r5': ['AC-6', 'AC-6(5)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)', '164.308(a)(4)(i)', '164.312(a)(1)'],
    },
    aliases: ['iam_sa_no_administrative_privileges'],
  },
  needs: ['projectIamPolicy'],
  check(context) {
    const grants = grantsMatching(
      context.get('projectIamPolicy'),
      (role, member) => isServiceAccount(member) && !isGoogleManagedMember(member) && isAdminRole(role),
    );
    return grants.map((grant) =>
      context.flag(
        memberResource(context.scope, grant.member),
        `Service account ${grant.member.replace(/^serviceAccount:/, '')} holds ${describeGrants(grant)} on project ${context.scope}.`,
      ),
    );
  },
};

export default rule;
