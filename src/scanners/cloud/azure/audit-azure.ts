import type { TokenCredential } from '@azure/core-auth';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { UserError } from '../../../core/errors';
import type { Notice } from '../../../core/notice';
import { AZURE_COLLECTORS } from '../collectors/azure/datasets';
import type { AzureSession } from '../collectors/azure/azure-session';
import { CLOUD_AUDIT_DOCS } from '../credentials/github-id-token';
import { unitInShard } from '../aws/audit-shard';
import {
  auditScopes,
  type ScopeAuditOptions,
  type ScopeAuditResult,
  type ScopeTarget,
} from '../engine/audit-scopes';
import { AZURE_DRIFT } from '../drift/azure/detect-azure-drift';
import { scopeDriftHooks } from '../drift/scope-drift';
import type { AzureAuditRule } from '../rules/azure/azure-audit-rule';
import { AZURE_AUDIT_RULES } from '../rules/azure/index';
import { AzureClients } from './azure-clients';
import { ARM_SCOPE, azureClientOptions, type AzureConnection } from './azure-connection';
import { describeAzureError } from './azure-errors';
import { GraphReader } from './graph-reader';

export interface AzureAuditOptions extends ScopeAuditOptions<AzureAuditRule> {
  credential: TokenCredential;
  /** Subscriptions to audit; empty audits every enabled subscription the identity can read. */
  subscriptionIds: readonly string[];
  connection?: AzureConnection;
}

/** The live Azure audit: subscriptions, collection, checks, one report. Shared by the CLI and the action. */
export async function auditAzure(options: AzureAuditOptions): Promise<ScopeAuditResult> {
  const connection = options.connection ?? {};
  const rules = options.rules ?? AZURE_AUDIT_RULES;
  const log = options.log ?? (() => {});
  const targets = (await subscriptions(options.credential, options.subscriptionIds, connection)).filter(
    (target) => unitInShard(target.id, options.shard),
  );
  log(`Auditing ${targets.length} Azure subscription(s) with ${rules.length} checks.`);
  const warnings: Notice[] = [];
  const graph = new GraphReader(options.credential, connection, options.maxItems);
  const drift = options.drift ? scopeDriftHooks(options.drift, targets, AZURE_DRIFT) : undefined;
  const result = await auditScopes(targets, {
    ...drift?.hooks,
    provider: 'azure',
    rules,
    collectors: AZURE_COLLECTORS,
    describeError: describeAzureError,
    openSession: (target): AzureSession => ({
      subscriptionId: target.id,
      clients: new AzureClients(options.credential, target.id, connection),
      graph,
      maxItems: options.maxItems ?? 5_000,
      warn: (message) => warnings.push({ kind: 'warning', message }),
    }),
    concurrency: options.concurrency ?? 4,
    now: new Date((options.clock ?? Date.now)()),
    log,
  });
  result.report.notices.push(...warnings, ...(drift?.notices ?? []));
  return result;
}

/** The subscriptions asked for, or every enabled one the identity can read. */
async function subscriptions(
  credential: TokenCredential,
  wanted: readonly string[],
  connection: AzureConnection,
): Promise<ScopeTarget[]> {
  if (wanted.length > 0) {
    // The exchange happens before any subscription is read, so a refused token fails the run here.
    await credential.getToken(ARM_SCOPE);
    return wanted.map((id) => ({ id }));
  }
  const client = new SubscriptionClient(credential, azureClientOptions(connection));
  const found: ScopeTarget[] = [];
  try {
    for await (const subscription of client.subscriptions.list()) {
      if (subscription.subscriptionId && subscription.state === 'Enabled')
        found.push({
          id: subscription.subscriptionId,
          ...(subscription.displayName ? { name: subscription.displayName } : {}),
        });
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `cloudgate could not list the Azure subscriptions: ${describeAzureError(error)}`,
      'Name them with subscription-ids, or give the identity the Reader role on them.',
      CLOUD_AUDIT_DOCS,
    );
  }
  if (found.length === 0) {
    throw new UserError(
      'The Azure identity can read no enabled subscription.',
      'Assign it the Reader role (and Security Reader) on the subscriptions to audit, or name them with subscription-ids.',
      CLOUD_AUDIT_DOCS,
    );
  }
  return found.sort((a, b) => a.id.localeCompare(b.id));
}
