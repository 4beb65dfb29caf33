import type { AzureAuditRule } from './azure-audit-rule';
import aksApiServerPublic from './aks-api-server-public/check';
import aksEntraIntegrationMissing from './aks-entra-integration-missing/check';
import aksLocalAccountsEnabled from './aks-local-accounts-enabled/check';
import aksNetworkPolicyMissing from './aks-network-policy-missing/check';
import aksRbacDisabled from './aks-rbac-disabled/check';
import defenderPlanOff from './defender-plan-off/check';
import defenderSecurityContactMissing from './defender-security-contact-missing/check';
import iamCustomRoleWildcardActions from './iam-custom-role-wildcard-actions/check';
import iamGuestPrivilegedRole from './iam-guest-privileged-role/check';
import iamOwnerCountExcessive from './iam-owner-count-excessive/check';
import keyvaultKeyWithoutExpiry from './keyvault-key-without-expiry/check';
import keyvaultNotRecoverable from './keyvault-not-recoverable/check';
import keyvaultPublicNetworkAccess from './keyvault-public-network-access/check';
import keyvaultRbacDisabled from './keyvault-rbac-disabled/check';
import keyvaultSecretWithoutExpiry from './keyvault-secret-without-expiry/check';
import monitorActivityLogExportMissing from './monitor-activity-log-export-missing/check';
import monitorNsgChangeAlertMissing from './monitor-nsg-change-alert-missing/check';
import monitorSecurityChangeAlertMissing from './monitor-security-change-alert-missing/check';
import networkDatabasePortOpenToInternet from './network-database-port-open-to-internet/check';
import networkRdpOpenToInternet from './network-rdp-open-to-internet/check';
import networkSshOpenToInternet from './network-ssh-open-to-internet/check';
import networkVmAdminPortExposed from './network-vm-admin-port-exposed/check';
import networkWatcherMissing from './network-watcher-missing/check';
import oidcGithubPullRequestPrivileged from './oidc-github-pull-request-privileged/check';
import oidcGithubTrustAnyOwner from './oidc-github-trust-any-owner/check';
import sqlAuditingDisabled from './sql-auditing-disabled/check';
import sqlFirewallAllowsAzureServices from './sql-firewall-allows-azure-services/check';
import sqlFirewallOpenToInternet from './sql-firewall-open-to-internet/check';
import sqlPublicNetworkAccess from './sql-public-network-access/check';
import sqlTdeDisabled from './sql-tde-disabled/check';
import storageBlobAnonymousAccessAllowed from './storage-blob-anonymous-access-allowed/check';
import storageBlobSoftDeleteDisabled from './storage-blob-soft-delete-disabled/check';
import storageMinTlsOutdated from './storage-min-tls-outdated/check';
import storageNetworkDefaultAllow from './storage-network-default-allow/check';
import storageSecureTransferDisabled from './storage-secure-transfer-disabled/check';
import storageSharedKeyAccessEnabled from './storage-shared-key-access-enabled/check';

export const AZURE_AUDIT_RULES: readonly AzureAuditRule[] = [
  aksApiServerPublic,
  aksEntraIntegrationMissing,
  aksLocalAccountsEnabled,
  aksNetworkPolicyMissing,
  aksRbacDisabled,
  defenderPlanOff,
  defenderSecurityContactMissing,
  iamCustomRoleWildcardActions,
  iamGuestPrivilegedRole,
  iamOwnerCountExcessive,
  keyvaultKeyWithoutExpiry,
  keyvaultNotRecoverable,
  keyvaultPublicNetworkAccess,
  keyvaultRbacDisabled,
  keyvaultSecretWithoutExpiry,
  monitorActivityLogExportMissing,
  monitorNsgChangeAlertMissing,
  monitorSecurityChangeAlertMissing,
  networkDatabasePortOpenToInternet,
  networkRdpOpenToInternet,
  networkSshOpenToInternet,
  networkVmAdminPortExposed,
  networkWatcherMissing,
  oidcGithubPullRequestPrivileged,
  oidcGithubTrustAnyOwner,
  sqlAuditingDisabled,
  sqlFirewallAllowsAzureServices,
  sqlFirewallOpenToInternet,
  sqlPublicNetworkAccess,
  sqlTdeDisabled,
  storageBlobAnonymousAccessAllowed,
  storageBlobSoftDeleteDisabled,
  storageMinTlsOutdated,
  storageNetworkDefaultAllow,
  storageSecureTransferDisabled,
  storageSharedKeyAccessEnabled,
];
