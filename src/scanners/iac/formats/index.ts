import type { FormatLoader } from './format-loader';
import { armLoader } from './arm/arm-loader';
import { dockerfileLoader } from './dockerfile/dockerfile-loader';
import { cloudFormationLoader } from './cloudformation/cloudformation-loader';
import { gcpIamRoleLoader } from './gcp-iam-role/gcp-iam-role-loader';
import { gcpTestablePermissionsLoader } from './gcp-iam-role/testable-permissions-loader';
import { githubActionsLoader } from './github-actions/github-actions-loader';
import { iamPolicyLoader } from './iam-policy/iam-policy-loader';
import { kubernetesLoader } from './kubernetes/kubernetes-loader';
import { terraformLoader } from './terraform/terraform-loader';

/** Offered each file in this order; the first loader that takes a file owns it. */
export const FORMAT_LOADERS: FormatLoader[] = [
  terraformLoader,
  githubActionsLoader,
  armLoader,
  cloudFormationLoader,
  gcpIamRoleLoader,
  gcpTestablePermissionsLoader,
  dockerfileLoader,
  iamPolicyLoader,
  kubernetesLoader,
];
