import { UserError } from '../../core/errors';
import type { Env } from '../../core/github/runner-io';
import { getInput, getListInput, getRequiredInput } from '../../core/inputs';
import { selectAuditRules } from '../../scanners/cloud/engine/select-checks';
import { CLOUD_AUDIT_DOCS } from '../../scanners/cloud/credentials/github-id-token';
import { parseServiceAccount, parseWorkloadIdentityProvider } from '../../scanners/cloud/gcp/gcp-credential';
import type { GcpAuditRule } from '../../scanners/cloud/rules/gcp/gcp-audit-rule';
import { GCP_AUDIT_RULES } from '../../scanners/cloud/rules/gcp/index';

export interface GcpInputs {
  provider: 'gcp';
  workloadIdentityProvider: string;
  serviceAccount?: string;
  projectIds: string[];
  /** Empty: the provider's default audience. */
  audience: string;
  rules: GcpAuditRule[];
}

const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$|^[a-z][a-z0-9.-]*:[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

export function readGcpInputs(env: Env, checks: string[], skipChecks: string[]): GcpInputs {
  const serviceAccount = getInput(env, 'service-account');
  const projectIds = getListInput(env, 'project-ids');
  for (const id of projectIds) {
    if (!PROJECT_ID.test(id)) {
      throw new UserError(
        `project-ids: "${id.slice(0, 60)}" is not a project id`,
        'Use project ids (6 to 30 lowercase letters, digits and hyphens, such as shop-prod-1234), not project names or numbers.',
        CLOUD_AUDIT_DOCS,
      );
    }
  }
  return {
    provider: 'gcp',
    workloadIdentityProvider: parseWorkloadIdentityProvider(
      getRequiredInput(env, 'workload-identity-provider'),
    ),
    ...(serviceAccount ? { serviceAccount: parseServiceAccount(serviceAccount) } : {}),
    projectIds,
    audience: getInput(env, 'audience'),
    rules: selectAuditRules(GCP_AUDIT_RULES, checks, skipChecks, 'gcp-audit-'),
  };
}
