import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import { child, isUnknown, str } from '../../../../src/scanners/iac/model/node';

/** A template whose storage account and NSG are created by nested deployments, in both scopes. */
const TEMPLATE = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "prefix": { "type": "string", "defaultValue": "shop" }
  },
  "variables": {
    "sshSource": "Internet"
  },
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "storage",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": {
          "accountName": { "value": "[concat(parameters('prefix'), 'logs')]" },
          "httpsOnly": { "value": false }
        },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "accountName": { "type": "string" },
            "httpsOnly": { "type": "bool", "defaultValue": true },
            "prefix": { "type": "string", "defaultValue": "inner" }
          },
          "resources": [
            {
              "type": "Microsoft.Storage/storageAccounts",
              "apiVersion": "2023-01-01",
              "name": "[parameters('accountName')]",
              "location": "westeurope",
              "kind": "StorageV2",
              "sku": { "name": "Standard_LRS" },
              "properties": {
                "supportsHttpsTrafficOnly": "[parameters('httpsOnly')]",
                "minimumTlsVersion": "TLS1_2"
              }
            }
          ]
        }
      }
    },
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "network",
      "properties": {
        "mode": "Incremental",
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Network/networkSecurityGroups",
              "apiVersion": "2023-09-01",
              "name": "[concat(parameters('prefix'), '-nsg')]",
              "location": "westeurope",
              "properties": {
                "securityRules": [
                  {
                    "name": "AllowSSH",
                    "properties": {
                      "priority": 100,
                      "access": "Allow",
                      "direction": "Inbound",
                      "protocol": "Tcp",
                      "sourceAddressPrefix": "[variables('sshSource')]",
                      "sourcePortRange": "*",
                      "destinationAddressPrefix": "*",
                      "destinationPortRange": "22"
                    }
                  }
                ]
              }
            }
          ]
        }
      }
    }
  ]
}
`;

function scan(files: Record<string, string>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-arm-nested-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), content);
  return scanIac({ root });
}

describe('ARM nested deployments with inline templates', () => {
  it('reads their resources with inner-scope parameters and outer-scope variables', () => {
    const { model, report } = scan({ 'azuredeploy.json': TEMPLATE });
    expect(report.notices).toEqual([]);
    const storage = model.ofType('Microsoft.Storage/storageAccounts');
    expect(storage.map((resource) => resource.address)).toEqual([
      'Microsoft.Resources/deployments/storage/Microsoft.Storage/storageAccounts/shoplogs',
    ]);
    // The inner template's own parameter, given by the deployment, not the outer template's default.
    expect(child(storage[0]!.body, 'properties.supportsHttpsTrafficOnly')).toMatchObject({ value: false });
    const nsg = model.ofType('Microsoft.Network/networkSecurityGroups');
    expect(nsg.map((resource) => resource.address)).toEqual([
      'Microsoft.Resources/deployments/network/Microsoft.Network/networkSecurityGroups/shop-nsg',
    ]);
    const deployment = model.ofType('Microsoft.Resources/deployments')[0]!;
    expect(child(deployment.body, 'properties.template')).toBeUndefined();
    expect(str(child(deployment.body, 'properties.parameters.accountName.value'))).toBe('shoplogs');
  });

  it('applies the Azure rules to them, on the offending lines of the nested template', () => {
    // Template lines 39 (supportsHttpsTrafficOnly) and 71 (sourceAddressPrefix).
    const { report } = scan({ 'azuredeploy.json': TEMPLATE });
    const hits = report.findings
      .filter((finding) =>
        ['azure-storage-https-not-enforced', 'azure-network-ssh-open-to-internet'].includes(finding.ruleId),
      )
      .map((finding) => [
        finding.ruleId,
        finding.location.kind === 'file' ? finding.location.range.startLine : 0,
      ]);
    expect(hits.sort()).toEqual([
      ['azure-network-ssh-open-to-internet', 71],
      ['azure-storage-https-not-enforced', 39],
    ]);
  });

  it('leaves an inner-scope parameter nobody gives unknown, and stops at a bounded depth', () => {
    const noValue = TEMPLATE.replace(
      '"accountName": { "value": "[concat(parameters(\'prefix\'), \'logs\')]" },',
      '',
    );
    const { model } = scan({ 'azuredeploy.json': noValue });
    const storage = model.ofType('Microsoft.Storage/storageAccounts')[0]!;
    expect(isUnknown(child(storage.body, 'name'))).toBe(true);

    let deep =
      '{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "leaf", "properties": {}}';
    for (let level = 0; level < 12; level++)
      deep = `{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d${level}", "properties": {"template": {"resources": [${deep}]}}}`;
    const { report } = scan({
      'deep.json': `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [${deep}]}`,
    });
    expect(report.notices.map((notice) => notice.message)).toEqual([
      'nested deployments deeper than 8 levels were not read',
    ]);
  });
});
