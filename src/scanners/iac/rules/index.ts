import type { IacRule } from '../model/violation';
import { AWS_RULES } from './aws/index';
import { AZURE_RULES } from './azure/index';
import { DOCKERFILE_RULES } from './dockerfile/index';
import { GCP_RULES } from './gcp/index';
import { GITHUB_ACTIONS_RULES } from './github-actions/index';
import { KUBERNETES_RULES } from './kubernetes/index';

/** Every IaC rule, explicitly, one list per platform. A generic test fails when a rule folder is missing. */
export const IAC_RULES: readonly IacRule[] = [
  ...KUBERNETES_RULES,
  ...GCP_RULES,
  ...DOCKERFILE_RULES,
  ...GITHUB_ACTIONS_RULES,
  ...AWS_RULES,
  ...AZURE_RULES,
];
