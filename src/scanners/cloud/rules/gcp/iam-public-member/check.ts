import type { GcpAuditRule } from '../gcp-audit-rule';
import { PUBLIC_MEMBERS, describeGrants, grantsMatching, memberResource } from '../shared/iam-bindings';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-iam-public-member',
    title: 'Project IAM policy grants a role to allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      'allUsers is anyone on the Internet and allAuthenticatedUsers is anyone with a Google account, inside the organisation or not. A role granted to either on the project applies to every resource of the project that the role covers.',
    remediation:
      'Remove allUsers and allAuthenticatedUsers from the project policy and grant the role to the groups or service accounts that need it. Enforce the organisation policy constraint iam.allowedPolicyMemberDomains (domain restricted sharing) to prevent it.',
    links: [
      'https://cloud.google.com/iam/docs/principals-overview#all-users',
      'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: [],
  },
  needs: ['projectIamPolicy'],
  check(context) {
    const grants = grantsMatching(context.get('projectIamPolicy'), (_role, member) =>
      PUBLIC_MEMBERS.has(member),
    );
    return grants.map((grant) =>
      context.flag(
        memberResource(context.scope, grant.member),
        `Project ${context.scope} grants ${describeGrants(grant)} to ${grant.member}.`,
      ),
    );
  },
};

export default rule;
