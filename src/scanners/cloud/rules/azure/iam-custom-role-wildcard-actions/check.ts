import type { AzureAuditRule } from '../azure-audit-rule';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-iam-custom-role-wildcard-actions',
    title: 'Custom role grants every action at subscription scope',
    severity: 'high',
    description:
      'A custom role with "*" actions assignable to the subscription (or the root) is a second Owner role that escapes reviews of Owner assignments; whoever holds it can change or delete anything, and grant access to others.',
    remediation:
      'Replace "*" with the specific actions the role needs, or assign the built-in roles; delete the custom role once no assignment uses it.',
    links: ['https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles'],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'cis-azure-3.0': ['2.23'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['iam_subscription_roles_owner_custom_not_created'],
  },
  needs: ['customRoles'],
  check(context) {
    const roles = context.get('customRoles') ?? [];
    const subscription = `/subscriptions/${context.scope}`.toLowerCase();
    return roles
      .filter((role) =>
        (role.assignableScopes ?? []).some((scope) => ['/', subscription].includes(scope.toLowerCase())),
      )
      .filter((role) =>
        (role.permissions ?? []).some((permission) => (permission.actions ?? []).includes('*')),
      )
      .map((role) =>
        context.flag(
          role.id ?? role.name ?? 'role definition',
          `Custom role "${role.roleName}" grants actions "*" and is assignable at ${role.assignableScopes?.join(', ')}.`,
        ),
      );
  },
};

export default rule;
