import type { IacRule } from '../../model/violation';
import bigqueryDatasetPublic from './bigquery-dataset-public/rule';
import computeDefaultServiceAccount from './compute-default-service-account/rule';
import computeDefaultServiceAccountFullAccess from './compute-default-service-account-full-access/rule';
import computeDiskCustomerKey from './compute-disk-customer-key/rule';
import computeFirewallAllPortsOpen from './compute-firewall-all-ports-open/rule';
import computeFirewallRdpOpen from './compute-firewall-rdp-open/rule';
import computeFirewallSshOpen from './compute-firewall-ssh-open/rule';
import computeInstancePublicIp from './compute-instance-public-ip/rule';
import computeIpForwarding from './compute-ip-forwarding/rule';
import computeNetworkAutoMode from './compute-network-auto-mode/rule';
import computeOsloginDisabled from './compute-oslogin-disabled/rule';
import computeProjectSshKeysAllowed from './compute-project-ssh-keys-allowed/rule';
import computeSerialPortEnabled from './compute-serial-port-enabled/rule';
import computeShieldedVmDisabled from './compute-shielded-vm-disabled/rule';
import computeSubnetFlowLogs from './compute-subnet-flow-logs/rule';
import computeSubnetPrivateGoogleAccess from './compute-subnet-private-google-access/rule';
import customRolePrivilegeEscalation from './custom-role-privilege-escalation/rule';
import dnsDnssecDisabled from './dns-dnssec-disabled/rule';
import dnsRsasha1 from './dns-rsasha1/rule';
import gkeBinaryAuthorizationDisabled from './gke-binary-authorization-disabled/rule';
import gkeControlPlanePublic from './gke-control-plane-public/rule';
import gkeLegacyAbacEnabled from './gke-legacy-abac-enabled/rule';
import gkeLegacyClientAuth from './gke-legacy-client-auth/rule';
import gkeLegacyMetadataEndpoints from './gke-legacy-metadata-endpoints/rule';
import gkeMasterAuthorizedNetworksMissing from './gke-master-authorized-networks-missing/rule';
import gkeNetworkPolicyDisabled from './gke-network-policy-disabled/rule';
import gkeNodeAutoUpgradeDisabled from './gke-node-auto-upgrade-disabled/rule';
import gkePrivateNodesDisabled from './gke-private-nodes-disabled/rule';
import gkeShieldedNodesDisabled from './gke-shielded-nodes-disabled/rule';
import gkeWorkloadIdentityDisabled from './gke-workload-identity-disabled/rule';
import iamCustomRoleWildcard from './iam-custom-role-wildcard/rule';
import iamDefaultServiceAccountRole from './iam-default-service-account-role/rule';
import iamPrimitiveRole from './iam-primitive-role/rule';
import iamPublicMember from './iam-public-member/rule';
import iamServiceAccountAdminRole from './iam-service-account-admin-role/rule';
import iamServiceAccountImpersonation from './iam-service-account-impersonation/rule';
import iamCustomRoleTestingPermissions from './iam-custom-role-testing-permissions/rule';
import iamServiceAccountKey from './iam-service-account-key/rule';
import iamWorkloadIdentityProviderUnconditioned from './iam-workload-identity-provider-unconditioned/rule';
import kmsKeyPublic from './kms-key-public/rule';
import kmsKeyRotation from './kms-key-rotation/rule';
import loggingAuditConfig from './logging-audit-config/rule';
import loggingSinkMissing from './logging-sink-missing/rule';
import projectDefaultNetwork from './project-default-network/rule';
import runServicePublic from './run-service-public/rule';
import sqlAuthorizedNetworkOpen from './sql-authorized-network-open/rule';
import sqlBackupsDisabled from './sql-backups-disabled/rule';
import sqlMysqlLocalInfile from './sql-mysql-local-infile/rule';
import sqlMysqlSkipShowDatabase from './sql-mysql-skip-show-database/rule';
import sqlPostgresLogCheckpoints from './sql-postgres-log-checkpoints/rule';
import sqlPostgresLogConnections from './sql-postgres-log-connections/rule';
import sqlPostgresLogDisconnections from './sql-postgres-log-disconnections/rule';
import sqlPublicIp from './sql-public-ip/rule';
import sqlSslNotRequired from './sql-ssl-not-required/rule';
import storageBucketPublic from './storage-bucket-public/rule';
import storageCmek from './storage-cmek/rule';
import storageLogBucketRetention from './storage-log-bucket-retention/rule';
import storageUniformAccess from './storage-uniform-access/rule';
import storageVersioning from './storage-versioning/rule';

/** The GCP pack: Terraform google provider resources and custom role files. */
export const GCP_RULES: IacRule[] = [
  bigqueryDatasetPublic,
  computeDefaultServiceAccount,
  computeDefaultServiceAccountFullAccess,
  computeDiskCustomerKey,
  computeFirewallAllPortsOpen,
  computeFirewallRdpOpen,
  computeFirewallSshOpen,
  computeInstancePublicIp,
  computeIpForwarding,
  computeNetworkAutoMode,
  computeOsloginDisabled,
  computeProjectSshKeysAllowed,
  computeSerialPortEnabled,
  computeShieldedVmDisabled,
  computeSubnetFlowLogs,
  computeSubnetPrivateGoogleAccess,
  customRolePrivilegeEscalation,
  dnsDnssecDisabled,
  dnsRsasha1,
  gkeBinaryAuthorizationDisabled,
  gkeControlPlanePublic,
  gkeLegacyAbacEnabled,
  gkeLegacyClientAuth,
  gkeLegacyMetadataEndpoints,
  gkeMasterAuthorizedNetworksMissing,
  gkeNetworkPolicyDisabled,
  gkeNodeAutoUpgradeDisabled,
  gkePrivateNodesDisabled,
  gkeShieldedNodesDisabled,
  gkeWorkloadIdentityDisabled,
  iamCustomRoleWildcard,
  iamDefaultServiceAccountRole,
  iamPrimitiveRole,
  iamPublicMember,
  iamServiceAccountAdminRole,
  iamServiceAccountImpersonation,
  iamCustomRoleTestingPermissions,
  iamServiceAccountKey,
  iamWorkloadIdentityProviderUnconditioned,
  kmsKeyPublic,
  kmsKeyRotation,
  loggingAuditConfig,
  loggingSinkMissing,
  projectDefaultNetwork,
  runServicePublic,
  sqlAuthorizedNetworkOpen,
  sqlBackupsDisabled,
  sqlMysqlLocalInfile,
  sqlMysqlSkipShowDatabase,
  sqlPostgresLogCheckpoints,
  sqlPostgresLogConnections,
  sqlPostgresLogDisconnections,
  sqlPublicIp,
  sqlSslNotRequired,
  storageBucketPublic,
  storageCmek,
  storageLogBucketRetention,
  storageUniformAccess,
  storageVersioning,
];
