import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import { armLoader } from '../../../../src/scanners/iac/formats/arm/arm-loader';
import { child, isUnknown, str, text } from '../../../../src/scanners/iac/model/node';
import { parseArmExpression } from '../../../../src/scanners/iac/formats/arm/arm-expression-parser';

const TEMPLATE = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "prefix": { "type": "string", "defaultValue": "shop" },
    "sshSource": { "type": "string", "defaultValue": "10.0.0.0/8" },
    "httpsOnly": { "type": "bool", "defaultValue": true }
  },
  "variables": {
    "nsgName": "[concat(parameters('prefix'), '-web-nsg')]",
    "storageName": "[toLower(format('{0}logs{1}', parameters('prefix'), uniqueString(resourceGroup().id)))]"
  },
  "resources": [
    {
      "type": "Microsoft.Network/networkSecurityGroups",
      "apiVersion": "2023-09-01",
      "name": "[variables('nsgName')]",
      "location": "[resourceGroup().location]",
      "properties": {
        "securityRules": [
          {
            "name": "AllowSSH",
            "properties": {
              "priority": 100,
              "access": "Allow",
              "direction": "Inbound",
              "protocol": "Tcp",
              "sourceAddressPrefix": "[parameters('sshSource')]",
              "destinationPortRange": "22"
            }
          }
        ]
      },
      "resources": [
        {
          "type": "securityRules",
          "apiVersion": "2023-09-01",
          "name": "AllowRDP",
          "properties": { "access": "[if(equals(parameters('prefix'), 'shop'), 'Allow', 'Deny')]", "destinationPortRange": "3389" }
        }
      ]
    },
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-01-01",
      "name": "[variables('storageName')]",
      "properties": { "supportsHttpsTrafficOnly": "[parameters('httpsOnly')]", "minimumTlsVersion": "TLS1_0" }
    }
  ]
}
`;

function scan(files: Record<string, string>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-arm-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), content);
  return scanIac({ root, rules: [], loaders: [armLoader] });
}

describe('ARM template loader', () => {
  it('evaluates parameters, variables and functions, and names nested child resources', () => {
    const { model, report } = scan({ 'azuredeploy.json': TEMPLATE });
    expect(report.notices).toEqual([]);
    expect(model.resources.map((resource) => resource.address)).toEqual([
      'Microsoft.Network/networkSecurityGroups/shop-web-nsg',
      'Microsoft.Network/networkSecurityGroups/securityRules/shop-web-nsg/AllowRDP',
      expect.stringMatching(/^Microsoft.Storage\/storageAccounts\/\(name known at deployment/),
    ]);
    const nsg = model.resources[0]!;
    const rule = child(nsg.body, 'properties.securityRules.0.properties');
    expect(str(child(rule, 'sourceAddressPrefix'))).toBe('10.0.0.0/8');
    expect(child(rule, 'sourceAddressPrefix')!.range.startLine).toBe(28);
    expect(str(child(model.resources[1]!.body, 'properties.access'))).toBe('Allow');
    const storage = model.resources[2]!;
    expect(text(child(storage.body, 'properties.supportsHttpsTrafficOnly'))).toBe('true');
    expect(isUnknown(child(storage.body, 'location'))).toBe(false);
  });

  it('takes values from a sibling parameters file over defaults', () => {
    const parameters = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "parameters": { "sshSource": { "value": "*" } }
}`;
    const { model, report } = scan({
      'azuredeploy.json': TEMPLATE,
      'azuredeploy.parameters.json': parameters,
    });
    expect(report.notices).toEqual([]);
    expect(
      str(child(model.resources[0]!.body, 'properties.securityRules.0.properties.sourceAddressPrefix')),
    ).toBe('*');
  });

  it('keeps the resource a resource id names in refersTo', () => {
    const template = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: {
        roleId: { type: 'string', defaultValue: 'b24988ac-6180-42a0-ab88-20f7382dd24c' },
        other: { type: 'string' },
      },
      resources: [
        {
          type: 'Microsoft.Network/networkInterfaces',
          name: 'web-nic',
          properties: {
            nsg: "[resourceId('Microsoft.Network/networkSecurityGroups', 'web-nsg')]",
            subnet: "[resourceId('other-rg', 'Microsoft.Network/virtualNetworks/subnets', 'vnet', 'web')]",
            role: "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', parameters('roleId'))]",
            built:
              "[concat('/subscriptions/', subscription().subscriptionId, '/providers/Microsoft.Authorization/roleDefinitions/', parameters('roleId'))]",
            partName: "[resourceId('Microsoft.Network/networkSecurityGroups', parameters('other'))]",
            location: '[resourceGroup().location]',
          },
        },
      ],
    });
    const { model } = scan({ 'azuredeploy.json': template });
    const refersTo = (name: string) => {
      const node = child(model.resources[0]!.body, ['properties', name]);
      return node?.kind === 'unknown' ? (node.refersTo ?? null) : 'known';
    };
    expect(refersTo('nsg')).toEqual(['Microsoft.Network/networkSecurityGroups/web-nsg']);
    expect(refersTo('subnet')).toEqual(['Microsoft.Network/virtualNetworks/subnets/vnet/web']);
    expect(refersTo('role')).toEqual([
      'Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
    ]);
    expect(refersTo('built')).toEqual([
      'Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
    ]);
    expect(refersTo('partName')).toBeNull();
    expect(refersTo('location')).toBeNull();
  });

  it('keeps deployment-time values unknown and survives hostile expressions', () => {
    expect(() => parseArmExpression(`[${'concat('.repeat(500)}'a'${')'.repeat(500)}]`)).toThrow(/too deeply/);
    const hostile = TEMPLATE.replace("[parameters('sshSource')]", "[concat('a', ]");
    const { model } = scan({ 'azuredeploy.json': hostile });
    expect(
      isUnknown(child(model.resources[0]!.body, 'properties.securityRules.0.properties.sourceAddressPrefix')),
    ).toBe(true);
  });
});
