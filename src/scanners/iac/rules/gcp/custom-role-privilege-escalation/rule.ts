import type { IacRule } from '../../../model/violation';
import { flagPermissions } from '../custom-role-permissions';

/**
 * Permissions that let the holder grant itself or others more access, or act as
 * another identity: each turns a narrow role into a path to project ownership.
 */
const ESCALATING = [
  /\.setIamPolicy$/,
  /^iam\.serviceAccountKeys\.create$/,
  /^iam\.serviceAccounts\.(actAs|getAccessToken|getOpenIdToken|implicitDelegation|signBlob|signJwt)$/,
  /^iam\.roles\.(create|update)$/,
  /^resourcemanager\.(projects|folders|organizations)\.setIamPolicy$/,
  /^orgpolicy\.policy\.set$/,
  /^deploymentmanager\.deployments\.(create|update)$/,
  /^compute\.(instances|projects)\.setCommonInstanceMetadata$/,
  /^compute\.instances\.setMetadata$/,
];

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-custom-role-privilege-escalation',
    title: 'Custom role grants permissions that escalate privileges',
    severity: 'high',
    description:
      'A custom role holding permissions such as setIamPolicy, service account key creation or actAs lets its members grant themselves more access or impersonate other identities, which defeats the least privilege the role was created for.',
    remediation:
      'Remove the escalating permissions from `includedPermissions`; grant them only through a separate, tightly held role, with an IAM condition where possible.',
    links: [
      'https://cloud.google.com/iam/docs/creating-custom-roles',
      'https://cloud.google.com/iam/docs/service-account-overview#service-account-permissions',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: [],
  },
  check: (model) =>
    flagPermissions(
      model,
      (permission) => ESCALATING.some((pattern) => pattern.test(permission)),
      (permission) => `includes ${permission}, which can escalate privileges`,
    ),
};

export default rule;
