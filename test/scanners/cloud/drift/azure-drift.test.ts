import path from 'node:path';
import type { Finding } from '../../../../src/core/finding';
import { describeLocation } from '../../../../src/core/location';
import {
  azureDriftNeeds,
  readDeclaredInfrastructure,
  type DeclaredInfrastructure,
} from '../../../../src/scanners/cloud/drift/index';
import { AZURE_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/azure/index';
import { cleanSubscription, CLEAN_SUB } from '../../../helpers/azure-server/seeds/clean-subscription';
import {
  DRIFT_SUB,
  SQL_SERVER,
  UNMANAGED_NSG,
  driftSubscription,
  driftSubscriptionSeed,
  firewallRule,
} from '../../../helpers/azure-server/seeds/drift-subscription';
import type { AzureSeed } from '../../../helpers/azure-server/world';
import { startAzureHarness, type AzureHarness } from '../azure/azure-harness';

const FIXTURES = path.join(__dirname, '../../../fixtures/drift-azure');

/** The three differences planted in the drift subscription, as `rule severity location resource`. */
const PLANTED = [
  'azure-drift-setting-changed high project/network.tf:26:5 azurerm_network_security_group.app',
  'azure-drift-setting-changed high project/storage.tf:8:3 azurerm_storage_account.data',
  `azure-drift-unmanaged-resource medium azure/${DRIFT_SUB}/westeurope/${UNMANAGED_NSG} ${UNMANAGED_NSG}`,
].sort();

function driftKeys(findings: Finding[]): string[] {
  return findings
    .filter((finding) => finding.ruleId.startsWith('azure-drift-'))
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.severity} ${describeLocation(finding.location)} ${finding.resource}`,
    )
    .sort();
}

function declared(statePath?: string, project = 'project'): DeclaredInfrastructure {
  return readDeclaredInfrastructure({
    root: FIXTURES,
    iacPath: path.join(FIXTURES, project),
    platform: 'azure',
    ...(statePath ? { statePath: path.join(FIXTURES, statePath) } : {}),
  });
}

describe('drift between a Terraform project and a live Azure subscription (loopback Azure)', () => {
  let harness: AzureHarness;

  async function start(seed: AzureSeed = driftSubscriptionSeed()): Promise<AzureHarness> {
    await harness?.close();
    harness = await startAzureHarness(seed);
    return harness;
  }
  afterAll(async () => harness?.close());

  it('reads only the Azure resources of the code, and the subscription from the state', () => {
    const infrastructure = declared('state.json');
    expect(infrastructure.account).toBe(DRIFT_SUB);
    expect(infrastructure.resources.every((resource) => resource.type.startsWith('azurerm_'))).toBe(true);
    expect(infrastructure.resources.filter((resource) => resource.state).length).toBe(10);
    expect(azureDriftNeeds(infrastructure)).toEqual([
      'keyVaults',
      'networkSecurityGroups',
      'sqlFirewallRules',
      'sqlServers',
      'storageAccounts',
    ]);
  });

  it('reports exactly the two hand-made changes and the portal-made group, with the state', async () => {
    await start();
    const result = await harness.audit({
      subscriptionIds: [DRIFT_SUB],
      rules: [],
      drift: declared('state.json'),
    });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
    expect(result.report.notices).toEqual([]);
    const messages = result.report.findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('min_tls_version is "TLS1_2" in the code but "TLS1_0" live');
    expect(messages).toContain(
      'security_rule AllowSshFromBastion is allow inbound tcp:22 from 10.30.0.0/26 in the code but allow inbound tcp:22 from * live',
    );
    expect(messages).toContain(`in subscription ${DRIFT_SUB} is not managed by the Terraform project`);
    expect(result.report.rules.map((rule) => rule.id).sort()).toEqual([
      'azure-drift-setting-changed',
      'azure-drift-unmanaged-resource',
    ]);
    // Only the datasets of the declared kinds are read.
    const called = harness.server.world.calls.map((call) => call.path);
    expect(called.some((call) => call.endsWith('/firewallRules'))).toBe(true);
    expect(called.some((call) => /roleAssignments|pricings|managedClusters|blobServices/.test(call))).toBe(
      false,
    );
  });

  it('matches by literal names when there is no state, with the same findings', async () => {
    await start();
    const infrastructure = declared();
    expect(infrastructure.hasState).toBe(false);
    const result = await harness.audit({ subscriptionIds: [DRIFT_SUB], rules: [], drift: infrastructure });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
    expect(result.report.notices).toEqual([]);
  });

  it('runs beside the audit checks, whose findings and fingerprints it leaves alone', async () => {
    await start();
    const plain = await harness.audit({ subscriptionIds: [DRIFT_SUB] });
    const withDrift = await harness.audit({ subscriptionIds: [DRIFT_SUB], drift: declared('state.json') });
    const again = await harness.audit({ subscriptionIds: [DRIFT_SUB], drift: declared('state.json') });
    expect(driftKeys(withDrift.report.findings)).toEqual(PLANTED);
    const audit = (findings: Finding[]) =>
      findings
        .filter((finding) => !finding.ruleId.startsWith('azure-drift-'))
        .map((finding) => finding.fingerprint);
    expect(audit(withDrift.report.findings)).toEqual(audit(plain.report.findings));
    const drift = (findings: Finding[]) =>
      findings
        .filter((finding) => finding.ruleId.startsWith('azure-drift-'))
        .map((finding) => finding.fingerprint)
        .sort();
    expect(drift(again.report.findings)).toEqual(drift(withDrift.report.findings));
    expect(withDrift.report.stats.rulesRun).toBe(AZURE_AUDIT_RULES.length + 3);
  });

  it('makes a comparison whose list was refused (HTTP 403) "not assessed", never a finding', async () => {
    await start();
    harness.server.world.faults = [
      { path: /Microsoft\.Network\/networkSecurityGroups$/, status: 403, code: 'AuthorizationFailed' },
    ];
    const result = await harness.audit({
      subscriptionIds: [DRIFT_SUB],
      rules: [],
      drift: declared('state.json'),
    });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED.filter((key) => key.includes('storage.tf')));
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'azure-drift-setting-changed',
        message: expect.stringMatching(
          new RegExp(
            `^drift of network security groups in subscription ${DRIFT_SUB} was not assessed: .*AuthorizationFailed`,
          ),
        ),
      }),
    ]);
  });

  it('leaves a declaration whose name is known only after apply alone', async () => {
    await start();
    const result = await harness.audit({
      subscriptionIds: [DRIFT_SUB],
      rules: [],
      drift: declared(undefined, 'unknown-name'),
    });
    expect(driftKeys(result.report.findings)).toEqual([]);
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'azure-drift-unmanaged-resource',
        message: expect.stringContaining('azurerm_storage_account.logs cannot be recognised live'),
      }),
    ]);
  });

  it('reports a SQL firewall rule open to every address that nobody declared, and a vault that is gone', async () => {
    const subscription = driftSubscription();
    subscription.resources[`${SQL_SERVER}/firewallRules`] = {
      value: [
        firewallRule('office', '203.0.113.0', '203.0.113.255'),
        firewallRule('temp-all', '0.0.0.0', '255.255.255.255'),
      ],
    };
    subscription.resources[`/subscriptions/${DRIFT_SUB}/providers/Microsoft.KeyVault/vaults`] = { value: [] };
    await start({ subscriptions: [subscription], expectations: [] });
    const result = await harness.audit({
      subscriptionIds: [DRIFT_SUB],
      rules: [],
      drift: declared('state.json'),
    });
    const keys = driftKeys(result.report.findings);
    expect(keys).toContain(
      'azure-drift-missing-resource high project/security.tf:3:1 azurerm_key_vault.shop',
    );
    const server = result.report.findings.find(
      (finding) => finding.resource === 'azurerm_mssql_server.orders',
    );
    expect(server?.message).toContain(
      'firewall rule temp-all is not declared in the code but open from 0.0.0.0 to 255.255.255.255 live',
    );
    expect(server?.severity).toBe('high');
  });

  it('compares separate security rules: a widened port range and a new Allow rule are drift on the group', async () => {
    const subscription = driftSubscription();
    const groups = subscription.resources[
      `/subscriptions/${DRIFT_SUB}/providers/Microsoft.Network/networkSecurityGroups`
    ] as {
      value: {
        name: string;
        properties: { securityRules: { name: string; properties: Record<string, unknown> }[] };
      }[];
    };
    const data = groups.value.find((group) => group.name === 'nsg-shop-data')!;
    data.properties.securityRules[0]!.properties.destinationPortRange = '1433-1434';
    data.properties.securityRules.push({
      name: 'AllowRedisFromAnywhere',
      properties: {
        protocol: 'Tcp',
        sourcePortRange: '*',
        sourceAddressPrefix: '*',
        destinationPortRange: '6379',
        destinationAddressPrefix: '*',
        access: 'Allow',
        priority: 120,
        direction: 'Inbound',
      },
    });
    await start({ subscriptions: [subscription], expectations: [] });
    for (const drift of [declared('state.json'), declared()]) {
      const result = await harness.audit({ subscriptionIds: [DRIFT_SUB], rules: [], drift });
      const group = result.report.findings.find(
        (finding) => finding.resource === 'azurerm_network_security_group.data',
      );
      expect(group && describeLocation(group.location)).toBe('project/network.tf:44:3');
      expect(group?.severity).toBe('high');
      expect(group?.message).toContain(
        'security_rule AllowSqlFromApp is allow inbound tcp:1433 from 10.30.1.0/24 in the code but allow inbound tcp:1433-1434 from 10.30.1.0/24 live',
      );
      expect(group?.message).toContain('security_rule AllowRedisFromAnywhere is not declared in the code');
    }
  });

  it('says drift was not assessed when the subscription is unknown and several are audited', async () => {
    await start({ subscriptions: [driftSubscription(), cleanSubscription()], expectations: [] });
    const both = [DRIFT_SUB, CLEAN_SUB];
    const result = await harness.audit({ subscriptionIds: both, rules: [], drift: declared() });
    expect(driftKeys(result.report.findings)).toEqual([]);
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'azure-drift-setting-changed',
        message: expect.stringMatching(
          /^drift was not assessed: the Terraform project's subscription is unknown/,
        ),
      }),
    ]);
    const named = await harness.audit({ subscriptionIds: both, rules: [], drift: declared('state.json') });
    expect(driftKeys(named.report.findings)).toEqual(PLANTED);
  });
});
