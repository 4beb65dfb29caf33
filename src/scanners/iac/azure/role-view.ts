import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import {
  deploymentScope,
  expressionCalls,
  expressionStrings,
  writtenExpression,
  type DeploymentScope,
} from './arm-expressions';
import { at, azureResources, isArm, readText, setting, type Setting } from './azure-resource';

/** Built-in roles that can change anything in their scope, or grant access to others. */
export const PRIVILEGED_ROLES = new Map([
  ['8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'Owner'],
  ['b24988ac-6180-42a0-ab88-20f7382dd24c', 'Contributor'],
  ['18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', 'User Access Administrator'],
  ['f58310d9-a9f6-439a-9e8d-f62e7b41a168', 'Role Based Access Control Administrator'],
]);
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const PRIVILEGED_NAMES = new Set([...PRIVILEGED_ROLES.values()].map((name) => name.toLowerCase()));

export type ScopeLevel = DeploymentScope | 'resource' | 'unknown';

/** The level of a scope written as an Azure resource id: `/`, a management group, a subscription, a resource group or below. */
export function scopeLevelOfId(id: string): ScopeLevel {
  const path = id.trim().replace(/\/+$/, '').toLowerCase();
  if (path === '') return 'tenant';
  if (/^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(path)) return 'managementGroup';
  if (/^\/subscriptions\/[^/]+$/.test(path)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(path)) return 'resourceGroup';
  return path.startsWith('/') ? 'resource' : 'unknown';
}

/** The scope level of a written value: a literal id, or a reference Terraform resolves only at apply time. */
export function scopeLevel(model: IacModel, resource: Resource, node: ModelNode | undefined): ScopeLevel {
  const value = readText(node);
  if (value !== undefined && value !== 'unknown') return scopeLevelOfId(value);
  if (node?.kind !== 'unknown') return 'unknown';
  if (!isArm(resource)) {
    if (/^data\.azurerm_subscription\.[\w-]+\.id$/.test(node.reason)) return 'subscription';
    if (/^(data\.)?azurerm_management_group\.[\w-]+\.id$/.test(node.reason)) return 'managementGroup';
    if (/^(data\.)?azurerm_resource_group\.[\w-]+\.id$/.test(node.reason)) return 'resourceGroup';
    return 'unknown';
  }
  const expression = writtenExpression(model, resource, node);
  if (!expression) return 'unknown';
  const calls = expressionCalls(expression);
  const strings = expressionStrings(model, resource, expression).join(' ').toLowerCase();
  if (calls.includes('resourcegroup') || strings.includes('/resourcegroups/')) return 'resourceGroup';
  if (calls.includes('subscription') || strings.includes('/subscriptions/')) return 'subscription';
  if (calls.includes('managementgroup')) return 'managementGroup';
  if (calls.includes('tenant')) return 'tenant';
  return 'unknown';
}

export interface RoleAssignmentView {
  resource: Resource;
  /** The built-in privileged role it grants, when it grants one. */
  role: string | undefined | 'unknown';
  roleSetting: Setting;
  scope: ScopeLevel;
  scopeSetting: Setting;
  condition: Setting;
  principalType: string | undefined;
}

/**
 * The privileged built-in role a role definition id names: from its text, or, for an
 * ARM `subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ...)`, from
 * the role definition it refers to.
 */
function roleOf(
  resource: Resource,
  node: ModelNode | undefined,
  byName: boolean,
): string | undefined | 'unknown' {
  const value = readText(node);
  if (byName)
    return value === undefined || value === 'unknown'
      ? value
      : PRIVILEGED_NAMES.has(value.toLowerCase())
        ? value
        : undefined;
  const candidates =
    value !== undefined && value !== 'unknown'
      ? [value]
      : isArm(resource) && node?.kind === 'unknown'
        ? node.refersTo
        : undefined;
  if (!candidates) return node ? 'unknown' : undefined;
  for (const candidate of candidates) {
    for (const [guid] of candidate.toLowerCase().matchAll(GUID)) {
      const role = PRIVILEGED_ROLES.get(guid);
      if (role) return role;
    }
  }
  return candidates.some((candidate) => /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(candidate)) ? undefined : 'unknown';
}

/** Role assignments of both formats, with the role, the scope level and any condition. */
export function roleAssignments(model: IacModel): RoleAssignmentView[] {
  const types = { terraform: ['azurerm_role_assignment'], arm: ['Microsoft.Authorization/roleAssignments'] };
  return azureResources(model, types).map((resource) => {
    const byName = !isArm(resource) && at(resource.body, 'role_definition_name') !== undefined;
    const roleSetting = setting(resource, {
      terraform: byName ? 'role_definition_name' : 'role_definition_id',
      arm: 'properties.roleDefinitionId',
    });
    const scopeSetting = setting(resource, { terraform: 'scope', arm: 'scope' });
    const scope =
      isArm(resource) && !scopeSetting.node
        ? deploymentScope(model, resource)
        : scopeLevel(model, resource, scopeSetting.node);
    const principal = readText(
      setting(resource, { terraform: 'principal_type', arm: 'properties.principalType' }).node,
    );
    return {
      resource,
      role: roleOf(resource, roleSetting.node, byName),
      roleSetting,
      scope,
      scopeSetting,
      condition: setting(resource, { terraform: 'condition', arm: 'properties.condition' }),
      principalType: principal === 'unknown' ? undefined : principal,
    };
  });
}

/** Custom role definitions with their actions and assignable scopes as written. */
export function roleDefinitions(model: IacModel) {
  const types = { terraform: ['azurerm_role_definition'], arm: ['Microsoft.Authorization/roleDefinitions'] };
  return azureResources(model, types).map((resource) => ({
    resource,
    permissions: setting(resource, { terraform: 'permissions', arm: 'properties.permissions' }),
    assignableScopes: setting(resource, {
      terraform: 'assignable_scopes',
      arm: 'properties.assignableScopes',
    }),
    scope: setting(resource, { terraform: 'scope' }),
  }));
}
