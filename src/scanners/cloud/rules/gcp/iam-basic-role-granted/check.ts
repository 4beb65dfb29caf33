import type { GcpAuditRule } from '../gcp-audit-rule';
import {
  describeGrants,
  grantsMatching,
  isGoogleManagedMember,
  memberResource,
} from '../shared/iam-bindings';

const BASIC_ROLES = new Set(['roles/owner', 'roles/editor']);

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-iam-basic-role-granted',
    title: 'Basic Owner or Editor role is granted to a user or service account on the project',
    severity: 'high',
    description:
      'The basic roles Owner and Editor carry thousands of permissions across every service of the project, including reading and changing data and, for Owner, changing the IAM policy itself. A leaked credential of a member holding one of them compromises the whole project.',
    remediation:
      'Replace the grant with predefined or custom roles that cover only the tasks the member performs (the IAM recommender lists the permissions actually used), then remove the Owner or Editor binding. Keep Owner for a break-glass group.',
    links: [
      'https://cloud.google.com/iam/docs/roles-overview#basic',
      'https://cloud.google.com/iam/docs/using-iam-securely#least_privilege',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: [],
  },
  needs: ['projectIamPolicy'],
  check(context) {
    const grants = grantsMatching(
      context.get('projectIamPolicy'),
      (role, member) =>
        BASIC_ROLES.has(role) &&
        (member.startsWith('user:') || member.startsWith('serviceAccount:')) &&
        !isGoogleManagedMember(member),
    );
    return grants.map((grant) =>
      context.flag(
        memberResource(context.scope, grant.member),
        `${grant.member} holds ${describeGrants(grant)} on project ${context.scope}.`,
      ),
    );
  },
};

export default rule;
