import type { FormatLoader } from './format-loader';
import { armLoader } from './arm/arm-loader';
import { cloudFormationLoader } from './cloudformation/cloudformation-loader';
import { gcpIamRoleLoader } from './gcp-iam-role/gcp-iam-role-loader';
import { kubernetesLoader } from './kubernetes/kubernetes-loader';

/** Offered each file in this order; the first loader that takes a file owns it. */
export const FORMAT_LOADERS: FormatLoader[] = [armLoader, cloudFormationLoader, gcpIamRoleLoader, kubernetesLoader];
