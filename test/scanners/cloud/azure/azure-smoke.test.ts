import { AZURE_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/azure/index';
import { startAzureHarness, type AzureHarness } from './azure-harness';

const SUB = '3f2a9c1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c';

describe('Azure audit through the real SDKs on loopback', () => {
  let harness: AzureHarness;
  afterEach(async () => harness?.close());

  it('exchanges the GitHub token and reads a storage account', async () => {
    harness = await startAzureHarness({
      subscriptions: [
        {
          id: SUB,
          displayName: 'Production',
          resources: {
            [`/subscriptions/${SUB}/providers/Microsoft.Storage/storageAccounts`]: {
              value: [
                {
                  id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/plainhttp`,
                  name: 'plainhttp',
                  type: 'Microsoft.Storage/storageAccounts',
                  location: 'westeurope',
                  kind: 'StorageV2',
                  sku: { name: 'Standard_LRS' },
                  properties: { supportsHttpsTrafficOnly: false },
                },
              ],
            },
          },
        },
      ],
      expectations: [],
    });
    const secureTransfer = AZURE_AUDIT_RULES.filter(
      (rule) => rule.meta.id === 'azure-audit-storage-secure-transfer-disabled',
    );
    const result = await harness.audit({ rules: secureTransfer });
    expect(result.report.findings.map((finding) => [finding.ruleId, finding.resource])).toEqual([
      [
        'azure-audit-storage-secure-transfer-disabled',
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/plainhttp`,
      ],
    ]);
    expect(harness.server.world.tokens.map((token) => token.scope)).toContain(
      'https://management.azure.com/.default',
    );
  });
});
