import type { AzureAuditRule } from '../azure-audit-rule';

/** Defender for Cloud plans (pricing names) the benchmark wants on, with their product names. */
const PLANS: Record<string, string> = {
  VirtualMachines: 'Defender for Servers',
  StorageAccounts: 'Defender for Storage',
  SqlServers: 'Defender for Azure SQL Databases',
  SqlServerVirtualMachines: 'Defender for SQL servers on machines',
  OpenSourceRelationalDatabases: 'Defender for open-source relational databases',
  CosmosDbs: 'Defender for Azure Cosmos DB',
  AppServices: 'Defender for App Service',
  KeyVaults: 'Defender for Key Vault',
  Containers: 'Defender for Containers',
  Arm: 'Defender for Resource Manager',
};

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-defender-plan-off',
    title: 'Microsoft Defender for Cloud plan is on the Free tier',
    severity: 'medium',
    description:
      'On the Free tier a resource type gets posture recommendations only: no threat detection for its servers, storage, databases, vaults, containers or Resource Manager operations, so attacks on them raise no alert.',
    remediation:
      'Turn the plan on (pricing tier Standard) in Microsoft Defender for Cloud > Environment settings for the subscription, for each plan named in the finding.',
    links: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/connect-azure-subscription'],
    scanner: 'audit',
    platform: 'azure',
    category: 'monitoring',
    compliance: {
      'cis-azure-3.0': [
        '3.1.3.1',
        '3.1.4.1',
        '3.1.5.1',
        '3.1.6.1',
        '3.1.7.1',
        '3.1.7.2',
        '3.1.7.3',
        '3.1.7.4',
        '3.1.8.1',
        '3.1.9.1',
      ],
      'nist-800-53-r5': ['SI-4', 'SI-3', 'RA-5'],
      'soc2-2017': ['CC7.1', 'CC7.2'],
      'pci-dss-4.0': ['5.2.1', '11.5.1'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(B)'],
    },
    aliases: [
      'defender_ensure_defender_for_server_is_on',
      'defender_ensure_defender_for_storage_is_on',
      'defender_ensure_defender_for_azure_sql_databases_is_on',
      'defender_ensure_defender_for_sql_servers_is_on',
      'defender_ensure_defender_for_os_relational_databases_is_on',
      'defender_ensure_defender_for_cosmosdb_is_on',
      'defender_ensure_defender_for_app_services_is_on',
      'defender_ensure_defender_for_keyvault_is_on',
      'defender_ensure_defender_for_containers_is_on',
      'defender_ensure_defender_for_arm_is_on',
    ],
  },
  needs: ['defenderPlans'],
  check(context) {
    const plans = context.get('defenderPlans') ?? [];
    return plans
      .filter(
        (plan) => plan.name !== undefined && Object.hasOwn(PLANS, plan.name) && plan.pricingTier === 'Free',
      )
      .map((plan) =>
        context.flag(
          plan.id ?? `/subscriptions/${context.scope}/providers/Microsoft.Security/pricings/${plan.name}`,
          `${PLANS[plan.name ?? '']} (plan ${plan.name}) is on the Free tier in subscription ${context.scope}.`,
        ),
      );
  },
};

export default rule;
