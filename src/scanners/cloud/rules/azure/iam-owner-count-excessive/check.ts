import type { AzureAuditRule } from '../azure-audit-rule';
import { atSubscription, OWNER_ROLE, roleGuid } from '../shared/built-in-roles';

const MAX_OWNERS = 3;

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-iam-owner-count-excessive',
    title: 'More than three principals hold Owner on the subscription',
    severity: 'medium',
    description:
      'Every Owner can change anything in the subscription and grant access to others; each extra standing Owner is one more account whose compromise hands over the whole subscription.',
    remediation:
      'Keep at most three Owner assignments at subscription scope; give others narrower roles or make Owner eligible through Privileged Identity Management instead of permanent.',
    links: [
      'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices',
      'https://learn.microsoft.com/en-us/azure/defender-for-cloud/recommendations-reference-identity-access',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6(5)', 'AC-2'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: [],
  },
  needs: ['roleAssignments'],
  check(context) {
    const assignments = context.get('roleAssignments') ?? [];
    const owners = new Set(
      assignments
        .filter(
          (assignment) => roleGuid(assignment) === OWNER_ROLE && atSubscription(assignment, context.scope),
        )
        .map((assignment) => assignment.principalId ?? ''),
    );
    if (owners.size <= MAX_OWNERS) return [];
    return [
      context.flag(
        `/subscriptions/${context.scope}`,
        `Subscription ${context.scope} has ${owners.size} principals with Owner at subscription scope (at most ${MAX_OWNERS} recommended).`,
      ),
    ];
  },
};

export default rule;
