import bigqueryDatasetPublic from './bigquery-dataset-public/check';
import computeDefaultServiceAccount from './compute-default-service-account/check';
import computeDefaultServiceAccountFullAccess from './compute-default-service-account-full-access/check';
import computeIpForwardingEnabled from './compute-ip-forwarding-enabled/check';
import computeOsLoginDisabled from './compute-os-login-disabled/check';
import computeProjectSshKeysAllowed from './compute-project-ssh-keys-allowed/check';
import computePublicIp from './compute-public-ip/check';
import computeSerialPortEnabled from './compute-serial-port-enabled/check';
import computeShieldedVmDisabled from './compute-shielded-vm-disabled/check';
import firewallAdminPortsOpen from './firewall-admin-ports-open/check';
import gkeControlPlaneUnrestricted from './gke-control-plane-unrestricted/check';
import gkeLegacyAbacEnabled from './gke-legacy-abac-enabled/check';
import gkeNetworkPolicyDisabled from './gke-network-policy-disabled/check';
import gkePrivateNodesDisabled from './gke-private-nodes-disabled/check';
import gkeShieldedNodesDisabled from './gke-shielded-nodes-disabled/check';
import gkeWorkloadIdentityDisabled from './gke-workload-identity-disabled/check';
import iamBasicRoleGranted from './iam-basic-role-granted/check';
import iamPublicMember from './iam-public-member/check';
import iamServiceAccountAdminRole from './iam-service-account-admin-role/check';
import iamServiceAccountKeyOlderThanNinetyDays from './iam-service-account-key-older-than-90-days/check';
import iamServiceAccountUserProjectLevel from './iam-service-account-user-project-level/check';
import iamUserManagedServiceAccountKey from './iam-user-managed-service-account-key/check';
import iamWorkloadIdentityGithubUnconditioned from './iam-workload-identity-github-unconditioned/check';
import kmsKeyPublic from './kms-key-public/check';
import kmsKeyRotationOverNinetyDays from './kms-key-rotation-over-90-days/check';
import loggingAuditConfigIncomplete from './logging-audit-config-incomplete/check';
import loggingNoAllEntriesSink from './logging-no-all-entries-sink/check';
import networkDefaultNetworkExists from './network-default-network-exists/check';
import networkSubnetFlowLogsDisabled from './network-subnet-flow-logs-disabled/check';
import networkSubnetPrivateGoogleAccessOff from './network-subnet-private-google-access-off/check';
import sqlAutomatedBackupsDisabled from './sql-automated-backups-disabled/check';
import sqlOpenToInternet from './sql-open-to-internet/check';
import sqlPublicIp from './sql-public-ip/check';
import sqlSslNotRequired from './sql-ssl-not-required/check';
import storageBucketPublic from './storage-bucket-public/check';
import storageUniformAccessDisabled from './storage-uniform-access-disabled/check';
import type { GcpAuditRule } from './gcp-audit-rule';

export const GCP_AUDIT_RULES: readonly GcpAuditRule[] = [
  bigqueryDatasetPublic,
  computeDefaultServiceAccount,
  computeDefaultServiceAccountFullAccess,
  computeIpForwardingEnabled,
  computeOsLoginDisabled,
  computeProjectSshKeysAllowed,
  computePublicIp,
  computeSerialPortEnabled,
  computeShieldedVmDisabled,
  firewallAdminPortsOpen,
  gkeControlPlaneUnrestricted,
  gkeLegacyAbacEnabled,
  gkeNetworkPolicyDisabled,
  gkePrivateNodesDisabled,
  gkeShieldedNodesDisabled,
  gkeWorkloadIdentityDisabled,
  iamBasicRoleGranted,
  iamPublicMember,
  iamServiceAccountAdminRole,
  iamServiceAccountKeyOlderThanNinetyDays,
  iamServiceAccountUserProjectLevel,
  iamUserManagedServiceAccountKey,
  iamWorkloadIdentityGithubUnconditioned,
  kmsKeyPublic,
  kmsKeyRotationOverNinetyDays,
  loggingAuditConfigIncomplete,
  loggingNoAllEntriesSink,
  networkDefaultNetworkExists,
  networkSubnetFlowLogsDisabled,
  networkSubnetPrivateGoogleAccessOff,
  sqlAutomatedBackupsDisabled,
  sqlOpenToInternet,
  sqlPublicIp,
  sqlSslNotRequired,
  storageBucketPublic,
  storageUniformAccessDisabled,
];
