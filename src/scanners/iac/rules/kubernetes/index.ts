import type { IacRule } from '../../model/violation';
import apparmorUnconfined from './apparmor-unconfined/rule';
import capabilitiesAdded from './capabilities-added/rule';
import capabilitiesNotDropped from './capabilities-not-dropped/rule';
import containerRunsAsRoot from './container-runs-as-root/rule';
import dangerousCapabilityAdded from './dangerous-capability-added/rule';
import defaultNamespace from './default-namespace/rule';
import hostIpc from './host-ipc/rule';
import hostNetwork from './host-network/rule';
import hostPathVolume from './host-path-volume/rule';
import hostPid from './host-pid/rule';
import hostPort from './host-port/rule';
import imageTagMutable from './image-tag-mutable/rule';
import imageWithoutDigest from './image-without-digest/rule';
import livenessProbeMissing from './liveness-probe-missing/rule';
import networkPolicyMissing from './network-policy-missing/rule';
import privilegeEscalationAllowed from './privilege-escalation-allowed/rule';
import privilegedContainer from './privileged-container/rule';
import procMountUnmasked from './proc-mount-unmasked/rule';
import rbacClusterAdminBinding from './rbac-cluster-admin-binding/rule';
import rbacEscalationVerbs from './rbac-escalation-verbs/rule';
import rbacSecretsAccess from './rbac-secrets-access/rule';
import rbacWildcard from './rbac-wildcard/rule';
import readinessProbeMissing from './readiness-probe-missing/rule';
import resourceLimitsMissing from './resource-limits-missing/rule';
import resourceRequestsMissing from './resource-requests-missing/rule';
import rootFilesystemWritable from './root-filesystem-writable/rule';
import seccompProfileMissing from './seccomp-profile-missing/rule';
import secretAsEnvVar from './secret-as-env-var/rule';
import secretInEnvValue from './secret-in-env-value/rule';
import serviceAccountTokenAutomount from './service-account-token-automount/rule';
import serviceLoadBalancerUnrestricted from './service-load-balancer-unrestricted/rule';
import serviceNodePort from './service-node-port/rule';
import unsafeSysctls from './unsafe-sysctls/rule';
import windowsHostProcess from './windows-host-process/rule';

export const KUBERNETES_RULES: IacRule[] = [
  apparmorUnconfined,
  capabilitiesAdded,
  capabilitiesNotDropped,
  containerRunsAsRoot,
  dangerousCapabilityAdded,
  defaultNamespace,
  hostIpc,
  hostNetwork,
  hostPathVolume,
  hostPid,
  hostPort,
  imageTagMutable,
  imageWithoutDigest,
  livenessProbeMissing,
  networkPolicyMissing,
  privilegeEscalationAllowed,
  privilegedContainer,
  procMountUnmasked,
  rbacClusterAdminBinding,
  rbacEscalationVerbs,
  rbacSecretsAccess,
  rbacWildcard,
  readinessProbeMissing,
  resourceLimitsMissing,
  resourceRequestsMissing,
  rootFilesystemWritable,
  seccompProfileMissing,
  secretAsEnvVar,
  secretInEnvValue,
  serviceAccountTokenAutomount,
  serviceLoadBalancerUnrestricted,
  serviceNodePort,
  unsafeSysctls,
  windowsHostProcess,
];
