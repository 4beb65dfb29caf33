import type { IacRule } from '../model/violation';
import { GCP_RULES } from './gcp/index';
import { KUBERNETES_RULES } from './kubernetes/index';

/** Every IaC rule, explicitly, one list per platform. A generic test fails when a rule folder is missing. */
export const IAC_RULES: readonly IacRule[] = [...KUBERNETES_RULES, ...GCP_RULES];
