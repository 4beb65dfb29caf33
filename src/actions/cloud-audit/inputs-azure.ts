import { UserError } from '../../core/errors';
import type { Env } from '../../core/github/runner-io';
import { getInput, getListInput, getRequiredInput } from '../../core/inputs';
import { selectAuditRules } from '../../scanners/cloud/engine/select-checks';
import { AZURE_AUDIENCE } from '../../scanners/cloud/azure/azure-credential';
import { CLOUD_AUDIT_DOCS } from '../../scanners/cloud/credentials/github-id-token';
import type { AzureAuditRule } from '../../scanners/cloud/rules/azure/azure-audit-rule';
import { AZURE_AUDIT_RULES } from '../../scanners/cloud/rules/azure/index';

export interface AzureInputs {
  provider: 'azure';
  clientId: string;
  tenantId: string;
  subscriptionIds: string[];
  audience: string;
  rules: AzureAuditRule[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function guid(env: Env, name: string, value: string, what: string): string {
  if (!GUID.test(value)) {
    throw new UserError(
      `${name} "${value.slice(0, 60)}" is not ${what}`,
      `Write it as a GUID such as 00000000-0000-0000-0000-000000000000; ${name === 'tenant-id' ? 'the directory (tenant) id' : name === 'client-id' ? 'the application (client) id of the app registration or managed identity' : 'subscription ids'} are shown in the Azure portal.`,
      CLOUD_AUDIT_DOCS,
    );
  }
  return value.toLowerCase();
}

export function readAzureInputs(env: Env, checks: string[], skipChecks: string[]): AzureInputs {
  return {
    provider: 'azure',
    clientId: guid(env, 'client-id', getRequiredInput(env, 'client-id'), 'an application (client) id'),
    tenantId: guid(env, 'tenant-id', getRequiredInput(env, 'tenant-id'), 'a directory (tenant) id'),
    subscriptionIds: getListInput(env, 'subscription-ids').map((id) =>
      guid(env, 'subscription-ids', id, 'a subscription id'),
    ),
    audience: getInput(env, 'audience') || AZURE_AUDIENCE,
    rules: selectAuditRules(AZURE_AUDIT_RULES, checks, skipChecks, 'azure-audit-'),
  };
}
