import type { AuditRule } from '../../engine/audit-rule';
import accessAnalyzerDisabled from './access-analyzer-disabled/check';
import cloudtrailBucketAccessLogging from './cloudtrail-bucket-access-logging/check';
import cloudtrailBucketPublic from './cloudtrail-bucket-public/check';
import cloudtrailCloudwatchMissing from './cloudtrail-cloudwatch-missing/check';
import cloudtrailLogValidationDisabled from './cloudtrail-log-validation-disabled/check';
import cloudtrailMultiRegionMissing from './cloudtrail-multi-region-missing/check';
import cloudtrailNotKmsEncrypted from './cloudtrail-not-kms-encrypted/check';
import configRecorderDisabled from './config-recorder-disabled/check';
import ec2DefaultSgHasRules from './ec2-default-sg-has-rules/check';
import ec2EbsDefaultEncryptionDisabled from './ec2-ebs-default-encryption-disabled/check';
import ec2Imdsv2NotRequired from './ec2-imdsv2-not-required/check';
import ec2NaclAdminPortsOpen from './ec2-nacl-admin-ports-open/check';
import ec2SgAdminPortsOpenIpv4 from './ec2-sg-admin-ports-open-ipv4/check';
import ec2SgAdminPortsOpenIpv6 from './ec2-sg-admin-ports-open-ipv6/check';
import ec2SgCifsOpen from './ec2-sg-cifs-open/check';
import efsNotEncrypted from './efs-not-encrypted/check';
import guarddutyDisabled from './guardduty-disabled/check';
import iamAccessKeyNotRotated from './iam-access-key-not-rotated/check';
import iamCloudshellFullAccess from './iam-cloudshell-full-access/check';
import iamConsoleUserWithoutMfa from './iam-console-user-without-mfa/check';
import iamCredentialsUnused from './iam-credentials-unused/check';
import iamGithubOidcTrustUnscoped from './iam-github-oidc-trust-unscoped/check';
import iamInlinePolicyFullAdmin from './iam-inline-policy-full-admin/check';
import iamMultipleActiveKeys from './iam-multiple-active-keys/check';
import iamPasswordComplexity from './iam-password-complexity/check';
import iamPasswordMinLength from './iam-password-min-length/check';
import iamPasswordReuse from './iam-password-reuse/check';
import iamPolicyFullAdmin from './iam-policy-full-admin/check';
import iamRootAccessKeys from './iam-root-access-keys/check';
import iamRootHardwareMfa from './iam-root-hardware-mfa/check';
import iamRootMfaDisabled from './iam-root-mfa-disabled/check';
import iamRootRecentlyUsed from './iam-root-recently-used/check';
import iamServerCertificateExpired from './iam-server-certificate-expired/check';
import iamSupportRoleMissing from './iam-support-role-missing/check';
import iamUserDirectPolicies from './iam-user-direct-policies/check';
import kmsKeyRotationDisabled from './kms-key-rotation-disabled/check';
import monitoringCloudtrailChanges from './monitoring-cloudtrail-changes/check';
import monitoringConfigChanges from './monitoring-config-changes/check';
import monitoringConsoleAuthFailures from './monitoring-console-auth-failures/check';
import monitoringConsoleSigninWithoutMfa from './monitoring-console-signin-without-mfa/check';
import monitoringIamPolicyChanges from './monitoring-iam-policy-changes/check';
import monitoringKmsKeyDeletion from './monitoring-kms-key-deletion/check';
import monitoringNaclChanges from './monitoring-nacl-changes/check';
import monitoringNetworkGatewayChanges from './monitoring-network-gateway-changes/check';
import monitoringOrganizationsChanges from './monitoring-organizations-changes/check';
import monitoringRootUsage from './monitoring-root-usage/check';
import monitoringRouteTableChanges from './monitoring-route-table-changes/check';
import monitoringS3PolicyChanges from './monitoring-s3-policy-changes/check';
import monitoringSecurityGroupChanges from './monitoring-security-group-changes/check';
import monitoringUnauthorizedApiCalls from './monitoring-unauthorized-api-calls/check';
import monitoringVpcChanges from './monitoring-vpc-changes/check';
import rdsAutoMinorUpgradeDisabled from './rds-auto-minor-upgrade-disabled/check';
import rdsPubliclyAccessible from './rds-publicly-accessible/check';
import rdsStorageNotEncrypted from './rds-storage-not-encrypted/check';
import s3AccountPublicAccessBlock from './s3-account-public-access-block/check';
import s3BucketEncryptionMissing from './s3-bucket-encryption-missing/check';
import s3BucketInsecureTransport from './s3-bucket-insecure-transport/check';
import s3BucketPublicAccessBlock from './s3-bucket-public-access-block/check';
import s3BucketPublic from './s3-bucket-public/check';
import s3BucketVersioningDisabled from './s3-bucket-versioning-disabled/check';
import s3TrailBucketMfaDeleteDisabled from './s3-trail-bucket-mfa-delete-disabled/check';
import secretsmanagerRotationDisabled from './secretsmanager-rotation-disabled/check';
import securityhubDisabled from './securityhub-disabled/check';
import vpcFlowLogsDisabled from './vpc-flow-logs-disabled/check';

/** Every AWS audit check, in the order reports list them. Adding a check adds its folder and one line here. */
export const AWS_AUDIT_RULES: readonly AuditRule[] = [
  accessAnalyzerDisabled,
  cloudtrailBucketAccessLogging,
  cloudtrailBucketPublic,
  cloudtrailCloudwatchMissing,
  cloudtrailLogValidationDisabled,
  cloudtrailMultiRegionMissing,
  cloudtrailNotKmsEncrypted,
  configRecorderDisabled,
  ec2DefaultSgHasRules,
  ec2EbsDefaultEncryptionDisabled,
  ec2Imdsv2NotRequired,
  ec2NaclAdminPortsOpen,
  ec2SgAdminPortsOpenIpv4,
  ec2SgAdminPortsOpenIpv6,
  ec2SgCifsOpen,
  efsNotEncrypted,
  guarddutyDisabled,
  iamAccessKeyNotRotated,
  iamCloudshellFullAccess,
  iamConsoleUserWithoutMfa,
  iamCredentialsUnused,
  iamGithubOidcTrustUnscoped,
  iamInlinePolicyFullAdmin,
  iamMultipleActiveKeys,
  iamPasswordComplexity,
  iamPasswordMinLength,
  iamPasswordReuse,
  iamPolicyFullAdmin,
  iamRootAccessKeys,
  iamRootHardwareMfa,
  iamRootMfaDisabled,
  iamRootRecentlyUsed,
  iamServerCertificateExpired,
  iamSupportRoleMissing,
  iamUserDirectPolicies,
  kmsKeyRotationDisabled,
  monitoringCloudtrailChanges,
  monitoringConfigChanges,
  monitoringConsoleAuthFailures,
  monitoringConsoleSigninWithoutMfa,
  monitoringIamPolicyChanges,
  monitoringKmsKeyDeletion,
  monitoringNaclChanges,
  monitoringNetworkGatewayChanges,
  monitoringOrganizationsChanges,
  monitoringRootUsage,
  monitoringRouteTableChanges,
  monitoringS3PolicyChanges,
  monitoringSecurityGroupChanges,
  monitoringUnauthorizedApiCalls,
  monitoringVpcChanges,
  rdsAutoMinorUpgradeDisabled,
  rdsPubliclyAccessible,
  rdsStorageNotEncrypted,
  s3AccountPublicAccessBlock,
  s3BucketEncryptionMissing,
  s3BucketInsecureTransport,
  s3BucketPublicAccessBlock,
  s3BucketPublic,
  s3BucketVersioningDisabled,
  s3TrailBucketMfaDeleteDisabled,
  secretsmanagerRotationDisabled,
  securityhubDisabled,
  vpcFlowLogsDisabled,
];
