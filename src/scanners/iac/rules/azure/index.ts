import type { IacRule } from '../../model/violation';
import aksApiServerPublic from './aks-api-server-public/rule';
import aksDiskEncryptionSetMissing from './aks-disk-encryption-set-missing/rule';
import aksEntraIntegrationMissing from './aks-entra-integration-missing/rule';
import aksLocalAccountsEnabled from './aks-local-accounts-enabled/rule';
import aksNetworkPolicyMissing from './aks-network-policy-missing/rule';
import aksRbacDisabled from './aks-rbac-disabled/rule';
import appserviceFtpAllowed from './appservice-ftp-allowed/rule';
import appserviceHttpsOnlyDisabled from './appservice-https-only-disabled/rule';
import appserviceManagedIdentityMissing from './appservice-managed-identity-missing/rule';
import appserviceMinTlsOutdated from './appservice-min-tls-outdated/rule';
import appserviceRemoteDebuggingEnabled from './appservice-remote-debugging-enabled/rule';
import cosmosdbOpenToAllNetworks from './cosmosdb-open-to-all-networks/rule';
import databaseFirewallAllowsAzureServices from './database-firewall-allows-azure-services/rule';
import databaseFirewallOpenToInternet from './database-firewall-open-to-internet/rule';
import defenderPlanFree from './defender-plan-free/rule';
import iamCustomRoleWildcardActions from './iam-custom-role-wildcard-actions/rule';
import iamPrivilegedRoleAtBroadScope from './iam-privileged-role-at-broad-scope/rule';
import keyvaultKeyWithoutExpiry from './keyvault-key-without-expiry/rule';
import keyvaultNetworkDefaultAllow from './keyvault-network-default-allow/rule';
import keyvaultPurgeProtectionDisabled from './keyvault-purge-protection-disabled/rule';
import keyvaultRbacDisabled from './keyvault-rbac-disabled/rule';
import keyvaultSecretWithoutExpiry from './keyvault-secret-without-expiry/rule';
import keyvaultSoftDeleteDisabled from './keyvault-soft-delete-disabled/rule';
import monitorActivityLogCategoriesMissing from './monitor-activity-log-categories-missing/rule';
import monitorLogProfileRetentionShort from './monitor-log-profile-retention-short/rule';
import mysqlMinTlsOutdated from './mysql-min-tls-outdated/rule';
import mysqlSslNotEnforced from './mysql-ssl-not-enforced/rule';
import networkAllPortsOpenToInternet from './network-all-ports-open-to-internet/rule';
import networkAppGatewayWithoutWaf from './network-app-gateway-without-waf/rule';
import networkDatabasePortOpenToInternet from './network-database-port-open-to-internet/rule';
import networkFlowLogDisabled from './network-flow-log-disabled/rule';
import networkFlowLogRetentionShort from './network-flow-log-retention-short/rule';
import networkNicPublicIp from './network-nic-public-ip/rule';
import networkRdpOpenToInternet from './network-rdp-open-to-internet/rule';
import networkSshOpenToInternet from './network-ssh-open-to-internet/rule';
import networkSubnetWithoutNsg from './network-subnet-without-nsg/rule';
import networkUdpOpenToInternet from './network-udp-open-to-internet/rule';
import postgresMinTlsOutdated from './postgres-min-tls-outdated/rule';
import postgresSslNotEnforced from './postgres-ssl-not-enforced/rule';
import sqlAuditingDisabled from './sql-auditing-disabled/rule';
import sqlEntraAdminMissing from './sql-entra-admin-missing/rule';
import sqlMinTlsOutdated from './sql-min-tls-outdated/rule';
import sqlPublicNetworkAccess from './sql-public-network-access/rule';
import sqlTdeDisabled from './sql-tde-disabled/rule';
import storageBlobPublicAccessAllowed from './storage-blob-public-access-allowed/rule';
import storageBlobSoftDeleteDisabled from './storage-blob-soft-delete-disabled/rule';
import storageContainerPublic from './storage-container-public/rule';
import storageHttpsNotEnforced from './storage-https-not-enforced/rule';
import storageInfrastructureEncryptionDisabled from './storage-infrastructure-encryption-disabled/rule';
import storageMinTlsOutdated from './storage-min-tls-outdated/rule';
import storageNetworkDefaultAllow from './storage-network-default-allow/rule';
import storageNoCustomerManagedKey from './storage-no-customer-managed-key/rule';
import storageSharedKeyAccess from './storage-shared-key-access/rule';
import vmEncryptionAtHostDisabled from './vm-encryption-at-host-disabled/rule';
import vmLinuxPasswordAuth from './vm-linux-password-auth/rule';

/** Azure rules, each written once over views that read ARM templates and Terraform alike. */
export const AZURE_RULES: IacRule[] = [
  aksApiServerPublic,
  aksDiskEncryptionSetMissing,
  aksEntraIntegrationMissing,
  aksLocalAccountsEnabled,
  aksNetworkPolicyMissing,
  aksRbacDisabled,
  appserviceFtpAllowed,
  appserviceHttpsOnlyDisabled,
  appserviceManagedIdentityMissing,
  appserviceMinTlsOutdated,
  appserviceRemoteDebuggingEnabled,
  cosmosdbOpenToAllNetworks,
  databaseFirewallAllowsAzureServices,
  databaseFirewallOpenToInternet,
  defenderPlanFree,
  iamCustomRoleWildcardActions,
  iamPrivilegedRoleAtBroadScope,
  keyvaultKeyWithoutExpiry,
  keyvaultNetworkDefaultAllow,
  keyvaultPurgeProtectionDisabled,
  keyvaultRbacDisabled,
  keyvaultSecretWithoutExpiry,
  keyvaultSoftDeleteDisabled,
  monitorActivityLogCategoriesMissing,
  monitorLogProfileRetentionShort,
  mysqlMinTlsOutdated,
  mysqlSslNotEnforced,
  networkAllPortsOpenToInternet,
  networkAppGatewayWithoutWaf,
  networkDatabasePortOpenToInternet,
  networkFlowLogDisabled,
  networkFlowLogRetentionShort,
  networkNicPublicIp,
  networkRdpOpenToInternet,
  networkSshOpenToInternet,
  networkSubnetWithoutNsg,
  networkUdpOpenToInternet,
  postgresMinTlsOutdated,
  postgresSslNotEnforced,
  sqlAuditingDisabled,
  sqlEntraAdminMissing,
  sqlMinTlsOutdated,
  sqlPublicNetworkAccess,
  sqlTdeDisabled,
  storageBlobPublicAccessAllowed,
  storageBlobSoftDeleteDisabled,
  storageContainerPublic,
  storageHttpsNotEnforced,
  storageInfrastructureEncryptionDisabled,
  storageMinTlsOutdated,
  storageNetworkDefaultAllow,
  storageNoCustomerManagedKey,
  storageSharedKeyAccess,
  vmEncryptionAtHostDisabled,
  vmLinuxPasswordAuth,
];
