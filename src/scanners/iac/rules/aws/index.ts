import type { IacRule } from '../../model/violation';
import apigatewayStageWithoutWaf from './apigateway-stage-without-waf/rule';
import cloudfrontWithoutWaf from './cloudfront-without-waf/rule';
import cloudtrailLogValidationDisabled from './cloudtrail-log-validation-disabled/rule';
import cloudtrailNoCloudwatch from './cloudtrail-no-cloudwatch/rule';
import cloudtrailNotKmsEncrypted from './cloudtrail-not-kms-encrypted/rule';
import cloudtrailNotMultiRegion from './cloudtrail-not-multi-region/rule';
import cloudwatchLogGroupRetentionShort from './cloudwatch-log-group-retention-short/rule';
import cloudwatchLogGroupUnencrypted from './cloudwatch-log-group-unencrypted/rule';
import cloudwatchRootUsageAlarmMissing from './cloudwatch-root-usage-alarm-missing/rule';
import configRecorderIncomplete from './config-recorder-incomplete/rule';
import dynamodbTableCustomerKey from './dynamodb-table-customer-key/rule';
import ebsDefaultEncryptionDisabled from './ebs-default-encryption-disabled/rule';
import ebsVolumeUnencrypted from './ebs-volume-unencrypted/rule';
import ec2BlockDeviceUnencrypted from './ec2-block-device-unencrypted/rule';
import ec2DefaultSgHasRules from './ec2-default-sg-has-rules/rule';
import ec2Imdsv2NotRequired from './ec2-imdsv2-not-required/rule';
import ec2InstancePublicIp from './ec2-instance-public-ip/rule';
import ec2NaclAdminPortsOpen from './ec2-nacl-admin-ports-open/rule';
import ec2SgAllPortsOpen from './ec2-sg-all-ports-open/rule';
import ec2SgDatabaseOpen from './ec2-sg-database-open/rule';
import ec2SgEgressUnrestricted from './ec2-sg-egress-unrestricted/rule';
import ec2SgRdpOpen from './ec2-sg-rdp-open/rule';
import ec2SgRuleDescriptionMissing from './ec2-sg-rule-description-missing/rule';
import ec2SgSshOpen from './ec2-sg-ssh-open/rule';
import ec2UserDataSecret from './ec2-user-data-secret/rule';
import ecrRepositoryPolicyPublic from './ecr-repository-policy-public/rule';
import ecrScanOnPushDisabled from './ecr-scan-on-push-disabled/rule';
import ecrTagsMutable from './ecr-tags-mutable/rule';
import ecsTaskEnvironmentSecret from './ecs-task-environment-secret/rule';
import efsUnencrypted from './efs-unencrypted/rule';
import eksPublicEndpoint from './eks-public-endpoint/rule';
import eksSecretsEncryptionDisabled from './eks-secrets-encryption-disabled/rule';
import elasticacheUnencryptedAtRest from './elasticache-unencrypted-at-rest/rule';
import elasticacheUnencryptedInTransit from './elasticache-unencrypted-in-transit/rule';
import elbDropInvalidHeaders from './elb-drop-invalid-headers/rule';
import elbHttpListenerNoRedirect from './elb-http-listener-no-redirect/rule';
import elbOutdatedTlsPolicy from './elb-outdated-tls-policy/rule';
import elbPublicWithoutWaf from './elb-public-without-waf/rule';
import guarddutyDetectorDisabled from './guardduty-detector-disabled/rule';
import iamAdminPolicyAttached from './iam-admin-policy-attached/rule';
import iamConsoleUserWithoutMfa from './iam-console-user-without-mfa/rule';
import iamGithubOidcTrustUnscoped from './iam-github-oidc-trust-unscoped/rule';
import iamPassroleWildcard from './iam-passrole-wildcard/rule';
import iamPasswordComplexity from './iam-password-complexity/rule';
import iamPasswordMaxAge from './iam-password-max-age/rule';
import iamPasswordMinLength from './iam-password-min-length/rule';
import iamPasswordReuse from './iam-password-reuse/rule';
import iamPolicyAdmin from './iam-policy-admin/rule';
import iamPolicyNotactionAllow from './iam-policy-notaction-allow/rule';
import iamPolicyWildcardAction from './iam-policy-wildcard-action/rule';
import iamPolicyWildcardResource from './iam-policy-wildcard-resource/rule';
import iamPrivilegeEscalation from './iam-privilege-escalation/rule';
import iamRoleTrustPublic from './iam-role-trust-public/rule';
import iamUserPolicy from './iam-user-policy/rule';
import kmsKeyPolicyPublic from './kms-key-policy-public/rule';
import kmsKeyRotationDisabled from './kms-key-rotation-disabled/rule';
import lambdaAdminRole from './lambda-admin-role/rule';
import lambdaEnvironmentSecret from './lambda-environment-secret/rule';
import lambdaFunctionUrlPublic from './lambda-function-url-public/rule';
import lambdaPermissionPublic from './lambda-permission-public/rule';
import lambdaPermissionSourceUnrestricted from './lambda-permission-source-unrestricted/rule';
import rdsAutoMinorUpgradeDisabled from './rds-auto-minor-upgrade-disabled/rule';
import rdsBackupDisabled from './rds-backup-disabled/rule';
import rdsDeletionProtectionDisabled from './rds-deletion-protection-disabled/rule';
import rdsPubliclyAccessible from './rds-publicly-accessible/rule';
import rdsStorageUnencrypted from './rds-storage-unencrypted/rule';
import s3AccessLoggingDisabled from './s3-access-logging-disabled/rule';
import s3AccountPublicAccessBlockDisabled from './s3-account-public-access-block-disabled/rule';
import s3EncryptionCustomerKey from './s3-encryption-customer-key/rule';
import s3EncryptionNotConfigured from './s3-encryption-not-configured/rule';
import s3InsecureTransportAllowed from './s3-insecure-transport-allowed/rule';
import s3PolicyPublicPrincipal from './s3-policy-public-principal/rule';
import s3PublicAccessBlockDisabled from './s3-public-access-block-disabled/rule';
import s3PublicAccessBlockMissing from './s3-public-access-block-missing/rule';
import s3PublicAcl from './s3-public-acl/rule';
import s3VersioningDisabled from './s3-versioning-disabled/rule';
import secretsmanagerRotationDisabled from './secretsmanager-rotation-disabled/rule';
import secretsmanagerSecretCustomerKey from './secretsmanager-secret-customer-key/rule';
import secretsmanagerSecretPolicyPublic from './secretsmanager-secret-policy-public/rule';
import snsTopicPolicyPublic from './sns-topic-policy-public/rule';
import snsTopicUnencrypted from './sns-topic-unencrypted/rule';
import sqsQueuePolicyPublic from './sqs-queue-policy-public/rule';
import sqsQueueUnencrypted from './sqs-queue-unencrypted/rule';
import vpcFlowLogsDisabled from './vpc-flow-logs-disabled/rule';
import vpcSubnetPublicIp from './vpc-subnet-public-ip/rule';

export const AWS_RULES: IacRule[] = [
  apigatewayStageWithoutWaf,
  cloudfrontWithoutWaf,
  cloudtrailLogValidationDisabled,
  cloudtrailNoCloudwatch,
  cloudtrailNotKmsEncrypted,
  cloudtrailNotMultiRegion,
  cloudwatchLogGroupRetentionShort,
  cloudwatchLogGroupUnencrypted,
  cloudwatchRootUsageAlarmMissing,
  configRecorderIncomplete,
  dynamodbTableCustomerKey,
  ebsDefaultEncryptionDisabled,
  ebsVolumeUnencrypted,
  ec2BlockDeviceUnencrypted,
  ec2DefaultSgHasRules,
  ec2Imdsv2NotRequired,
  ec2InstancePublicIp,
  ec2NaclAdminPortsOpen,
  ec2SgAllPortsOpen,
  ec2SgDatabaseOpen,
  ec2SgEgressUnrestricted,
  ec2SgRdpOpen,
  ec2SgRuleDescriptionMissing,
  ec2SgSshOpen,
  ec2UserDataSecret,
  ecrRepositoryPolicyPublic,
  ecrScanOnPushDisabled,
  ecrTagsMutable,
  ecsTaskEnvironmentSecret,
  efsUnencrypted,
  eksPublicEndpoint,
  eksSecretsEncryptionDisabled,
  elasticacheUnencryptedAtRest,
  elasticacheUnencryptedInTransit,
  elbDropInvalidHeaders,
  elbHttpListenerNoRedirect,
  elbOutdatedTlsPolicy,
  elbPublicWithoutWaf,
  guarddutyDetectorDisabled,
  iamAdminPolicyAttached,
  iamConsoleUserWithoutMfa,
  iamGithubOidcTrustUnscoped,
  iamPassroleWildcard,
  iamPasswordComplexity,
  iamPasswordMaxAge,
  iamPasswordMinLength,
  iamPasswordReuse,
  iamPolicyAdmin,
  iamPolicyNotactionAllow,
  iamPolicyWildcardAction,
  iamPolicyWildcardResource,
  iamPrivilegeEscalation,
  iamRoleTrustPublic,
  iamUserPolicy,
  kmsKeyPolicyPublic,
  kmsKeyRotationDisabled,
  lambdaAdminRole,
  lambdaEnvironmentSecret,
  lambdaFunctionUrlPublic,
  lambdaPermissionPublic,
  lambdaPermissionSourceUnrestricted,
  rdsAutoMinorUpgradeDisabled,
  rdsBackupDisabled,
  rdsDeletionProtectionDisabled,
  rdsPubliclyAccessible,
  rdsStorageUnencrypted,
  s3AccessLoggingDisabled,
  s3AccountPublicAccessBlockDisabled,
  s3EncryptionCustomerKey,
  s3EncryptionNotConfigured,
  s3InsecureTransportAllowed,
  s3PolicyPublicPrincipal,
  s3PublicAccessBlockDisabled,
  s3PublicAccessBlockMissing,
  s3PublicAcl,
  s3VersioningDisabled,
  secretsmanagerRotationDisabled,
  secretsmanagerSecretCustomerKey,
  secretsmanagerSecretPolicyPublic,
  snsTopicPolicyPublic,
  snsTopicUnencrypted,
  sqsQueuePolicyPublic,
  sqsQueueUnencrypted,
  vpcFlowLogsDisabled,
  vpcSubnetPublicIp,
];
