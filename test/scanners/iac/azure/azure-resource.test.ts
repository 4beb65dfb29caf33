import {
  at,
  azureResources,
  describeSetting,
  setting,
} from '../../../../src/scanners/iac/azure/azure-resource';
import { AZURE_RULES } from '../../../../src/scanners/iac/rules/azure/index';
import { armTemplate, findingKeys, scanFiles } from './scan-files';

const STORAGE = { terraform: ['azurerm_storage_account'], arm: ['Microsoft.Storage/storageAccounts'] };
const httpsRule = AZURE_RULES.filter((rule) => rule.meta.id === 'azure-storage-https-not-enforced');

describe('Azure resource access', () => {
  it('matches ARM types and property names without regard to case, as Azure does', () => {
    const template = armTemplate([
      {
        type: 'microsoft.storage/StorageAccounts',
        apiVersion: '2023-01-01',
        name: 'mixedcase01',
        properties: { SupportsHttpsTrafficOnly: false },
      },
    ]);
    const { model } = scanFiles({ 'azuredeploy.json': template });
    const [account] = azureResources(model, STORAGE);
    expect(account?.meta.name).toBe('mixedcase01');
    expect(describeSetting(setting(account!, { arm: 'properties.supportsHttpsTrafficOnly' }))).toBe(
      'properties.supportsHttpsTrafficOnly is false',
    );
    expect(findingKeys(scanFiles({ 'azuredeploy.json': template }, httpsRule))).toEqual([
      'azure-storage-https-not-enforced azuredeploy.json:10',
    ]);
  });

  it('skips ARM resources whose deployment condition is false, and keeps those decided at deployment', () => {
    const resource = (name: string, condition: unknown) => ({
      condition,
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-01-01',
      name,
      properties: { supportsHttpsTrafficOnly: false },
    });
    const { model } = scanFiles({
      'azuredeploy.json': armTemplate(
        [
          resource('off01', "[equals(parameters('env'), 'prod')]"),
          resource('maybe01', "[parameters('deployMaybe')]"),
          resource('on01', true),
        ],
        {
          parameters: { env: { type: 'string', defaultValue: 'test' }, deployMaybe: { type: 'bool' } },
        },
      ),
    });
    expect(azureResources(model, STORAGE).map((account) => account.meta.name)).toEqual(['maybe01', 'on01']);
  });

  it('reads the Terraform argument the configuration uses when a provider version renamed it', () => {
    const { model } = scanFiles({
      'main.tf': `resource "azurerm_storage_account" "old" {
  name                      = "olddata01"
  enable_https_traffic_only = false
}

resource "azurerm_storage_account" "new" {
  name = "newdata01"
}
`,
    });
    const names = azureResources(model, STORAGE).map(
      (account) =>
        setting(account, { terraform: ['https_traffic_only_enabled', 'enable_https_traffic_only'] }).name,
    );
    expect(names).toEqual(['enable_https_traffic_only', 'https_traffic_only_enabled']);
  });

  it('enters the first block when a path names a field of a Terraform block list', () => {
    const { model } = scanFiles({
      'main.tf': `resource "azurerm_storage_account" "data" {
  name = "data01"

  network_rules {
    default_action = "Deny"
  }
}
`,
    });
    const [account] = azureResources(model, STORAGE);
    expect(at(account!.body, 'network_rules.default_action')).toMatchObject({
      kind: 'scalar',
      value: 'Deny',
    });
    expect(at(account!.body, 'network_rules.0.default_action')).toMatchObject({
      kind: 'scalar',
      value: 'Deny',
    });
    expect(at(account!.body, 'network_rules.1.default_action')).toBeUndefined();
  });
});
