import type { AzureAuditRule } from '../azure-audit-rule';
import { CONTRIBUTOR_ROLE, OWNER_ROLE, roleGuid } from '../shared/built-in-roles';

const PRIVILEGED: Record<string, string> = { [OWNER_ROLE]: 'Owner', [CONTRIBUTOR_ROLE]: 'Contributor' };

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-iam-guest-privileged-role',
    title: 'Guest user holds Owner or Contributor in the subscription',
    severity: 'high',
    description:
      'Guest accounts belong to other organisations: their password, MFA and offboarding are outside your control, so a guest with Owner or Contributor can keep write access to your resources after the collaboration ends.',
    remediation:
      'Remove the guest assignment, or replace it with a narrower role on the resource group that needs it, time-limited through Privileged Identity Management; review guest access regularly.',
    links: [
      'https://learn.microsoft.com/en-us/entra/external-id/user-properties',
      'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-2', 'AC-6'],
      'soc2-2017': ['CC6.2', 'CC6.3'],
      'pci-dss-4.0': ['7.2.2', '8.2.2'],
      'hipaa-security-rule': ['164.308(a)(3)(ii)(B)'],
    },
    aliases: [],
  },
  needs: ['roleAssignments', 'guestUsers'],
  check(context) {
    const assignments = context.get('roleAssignments');
    const guests = context.get('guestUsers');
    if (!assignments || !guests) return [];
    const byId = new Map(guests.map((guest) => [guest.id.toLowerCase(), guest]));
    return assignments.flatMap((assignment) => {
      const role = PRIVILEGED[roleGuid(assignment)];
      const guest = byId.get((assignment.principalId ?? '').toLowerCase());
      if (!role || !guest) return [];
      return [
        context.flag(
          assignment.id ?? assignment.name ?? 'role assignment',
          `Guest ${guest.userPrincipalName ?? guest.id} holds ${role} at ${assignment.scope}.`,
        ),
      ];
    });
  },
};

export default rule;
