import { readFileSync } from 'node:fs';
import path from 'node:path';
import { roleAssignments, scopeLevelOfId } from '../../../../src/scanners/iac/azure/role-view';
import { AZURE_RULES } from '../../../../src/scanners/iac/rules/azure/index';
import { findingKeys, scanFiles } from './scan-files';

const SEED = readFileSync(path.join(__dirname, 'fixtures/seed-role-assignment.json'), 'utf8');

describe('role assignment view', () => {
  it('reads the role behind subscriptionResourceId() and the subscription scope of the template', () => {
    const { model } = scanFiles({ 'assignment.json': SEED });
    expect(
      roleAssignments(model).map(({ role, scope, condition }) => [role, scope, condition.node !== undefined]),
    ).toEqual([['Contributor', 'subscription', true]]);
  });

  it('treats the seed assignment with a condition as the secure form', () => {
    expect(findingKeys(scanFiles({ 'assignment.json': SEED }, AZURE_RULES))).toEqual([]);
  });

  it('reports the same assignment without its condition, on the roleDefinitionId line', () => {
    const withoutCondition = SEED.replace(/\n\s*"condition": .*\n\s*"conditionVersion": "2.0"/, '').replace(
      '"principalId": "[parameters(\'principalId\')]",',
      '"principalId": "[parameters(\'principalId\')]"',
    );
    expect(withoutCondition).not.toContain('condition');
    const result = scanFiles({ 'assignment.json': withoutCondition }, AZURE_RULES);
    expect(findingKeys(result)).toEqual(['azure-iam-privileged-role-at-broad-scope assignment.json:14']);
    expect(result.report.findings[0]!.message).toContain('grants Contributor on a whole subscription');
  });

  it('stays silent when the role is known only at deployment', () => {
    const unknownRole = SEED.replace(
      '"defaultValue": "b24988ac-6180-42a0-ab88-20f7382dd24c"',
      '"metadata": {}',
    )
      .replace(/\n\s*"condition": .*\n\s*"conditionVersion": "2.0"/, '')
      .replace(
        '"principalId": "[parameters(\'principalId\')]",',
        '"principalId": "[parameters(\'principalId\')]"',
      );
    const { model } = scanFiles({ 'assignment.json': unknownRole });
    expect(roleAssignments(model).map(({ role }) => role)).toEqual(['unknown']);
    expect(findingKeys(scanFiles({ 'assignment.json': unknownRole }, AZURE_RULES))).toEqual([]);
  });

  it('recognises Terraform scopes written out and taken from the subscription data source', () => {
    const { model } = scanFiles({
      'main.tf': `data "azurerm_subscription" "current" {}

resource "azurerm_role_assignment" "a" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "b" {
  scope              = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app"
  role_definition_id = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
  principal_id       = "11111111-1111-1111-1111-111111111111"
}
`,
    });
    expect(
      roleAssignments(model).map(({ resource, role, scope }) => [resource.address, role, scope]),
    ).toEqual([
      ['azurerm_role_assignment.a', 'Owner', 'subscription'],
      ['azurerm_role_assignment.b', 'Owner', 'resourceGroup'],
    ]);
  });

  it('classifies scope ids', () => {
    expect(
      [
        '/',
        '/providers/Microsoft.Management/managementGroups/platform',
        '/subscriptions/abc/',
        '/subscriptions/abc/resourceGroups/rg',
        '/subscriptions/abc/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/x',
        'rg',
      ].map(scopeLevelOfId),
    ).toEqual(['tenant', 'managementGroup', 'subscription', 'resourceGroup', 'resource', 'unknown']);
  });
});
