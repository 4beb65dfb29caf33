import { flag, type IacRule } from '../../../model/violation';
import { at, itemsOf, label, readText } from '../../../azure/azure-resource';
import { roleDefinitions, scopeLevel } from '../../../azure/role-view';

const BROAD = new Set(['subscription', 'managementGroup', 'tenant']);

const rule: IacRule = {
  meta: {
    id: 'azure-iam-custom-role-wildcard-actions',
    title: 'Custom role allows every action and is assignable to a whole subscription',
    severity: 'high',
    description:
      'A custom role with `*` in its actions is an owner in all but name: it can change any resource and, through Microsoft.Authorization, grant itself more access. Assignable at a subscription, management group or the root, it can make its holders administrators of everything there.',
    remediation:
      'List only the actions the role needs (for example `Microsoft.Storage/storageAccounts/read`), or use a built-in role; limit `assignable_scopes` / `assignableScopes` to the resource groups that need it.',
    links: [
      'https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles',
      'https://learn.microsoft.com/en-us/azure/role-based-access-control/role-definitions',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'cis-azure-3.0': ['2.23'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['CKV_AZURE_39', 'AVD-AZU-0030', 'azure-authorization-limit-role-actions'],
  },
  check(model) {
    return roleDefinitions(model).flatMap(({ resource, permissions, assignableScopes, scope }) => {
      const written =
        assignableScopes.node?.kind === 'list' ? assignableScopes.node.items : [assignableScopes.node];
      const scopes = [...written, scope.node].filter((node) => node !== undefined);
      const levels = scopes.map((node) => scopeLevel(model, resource, node));
      const broad = levels.find((level) => BROAD.has(level));
      if (!broad) return [];
      return itemsOf(permissions.node).flatMap((permission) =>
        itemsOf(at(permission, 'actions'))
          .filter((action) => readText(action) === '*')
          .map((action) =>
            flag(
              resource,
              action,
              `${label(resource)} allows every action ("*" in ${permissions.name}) and is assignable at ${broad} scope`,
            ),
          ),
      );
    });
  },
};

export default rule;
