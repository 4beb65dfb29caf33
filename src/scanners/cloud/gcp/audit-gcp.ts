import { cloudresourcemanager_v1 } from '@googleapis/cloudresourcemanager/build/v1';
import { GoogleAuth, type AuthClient } from 'google-auth-library';
import { UserError } from '../../../core/errors';
import type { Notice } from '../../../core/notice';
import { GCP_COLLECTORS } from '../collectors/gcp/datasets';
import type { GcpSession } from '../collectors/gcp/gcp-session';
import { listPages } from '../collectors/gcp/paging';
import { CLOUD_AUDIT_DOCS } from '../credentials/github-id-token';
import { unitInShard } from '../aws/audit-shard';
import {
  auditScopes,
  type ScopeAuditOptions,
  type ScopeAuditResult,
  type ScopeTarget,
} from '../engine/audit-scopes';
import { GCP_DRIFT } from '../drift/gcp/detect-gcp-drift';
import { scopeDriftHooks } from '../drift/scope-drift';
import type { GcpAuditRule } from '../rules/gcp/gcp-audit-rule';
import { GCP_AUDIT_RULES } from '../rules/gcp/index';
import { gcpRootUrl, type GcpConnection } from './gcp-connection';
import { describeGcpError } from './gcp-errors';

export interface GcpAuditOptions extends ScopeAuditOptions<GcpAuditRule> {
  credential: AuthClient;
  /** Projects to audit; empty audits every active project the identity can see. */
  projectIds: readonly string[];
  connection?: GcpConnection;
}

/** The live Google Cloud audit: projects, collection, checks, one report. Shared by the CLI and the action. */
export async function auditGcp(options: GcpAuditOptions): Promise<ScopeAuditResult> {
  const connection = options.connection ?? {};
  const rules = options.rules ?? GCP_AUDIT_RULES;
  const log = options.log ?? (() => {});
  const auth = new GoogleAuth({ authClient: options.credential });
  const targets = (await projects(auth, options.projectIds, connection, options.maxItems ?? 5_000)).filter(
    (target) => unitInShard(target.id, options.shard),
  );
  log(`Auditing ${targets.length} Google Cloud project(s) with ${rules.length} checks.`);
  const warnings: Notice[] = [];
  const drift = options.drift ? scopeDriftHooks(options.drift, targets, GCP_DRIFT) : undefined;
  const result = await auditScopes(targets, {
    ...drift?.hooks,
    provider: 'gcp',
    rules,
    collectors: GCP_COLLECTORS,
    describeError: describeGcpError,
    openSession: (target): GcpSession => ({
      projectId: target.id,
      auth,
      connection,
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

/** The projects asked for, or every active one the identity can see. */
async function projects(
  auth: GoogleAuth,
  wanted: readonly string[],
  connection: GcpConnection,
  maxItems: number,
): Promise<ScopeTarget[]> {
  if (wanted.length > 0) {
    // The exchange happens before any project is read, so a refused token is told as such here.
    await auth.getAccessToken().catch((error: unknown) => {
      throw exchangeError(error);
    });
    return wanted.map((id) => ({ id }));
  }
  const api = new cloudresourcemanager_v1.Cloudresourcemanager({
    auth,
    rootUrl: gcpRootUrl(connection, 'cloudresourcemanager'),
  });
  let found: cloudresourcemanager_v1.Schema$Project[];
  try {
    found = await listPages(
      async (pageToken) => {
        const { data } = await api.projects.list({
          filter: 'lifecycleState:ACTIVE',
          ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.projects ?? [], nextPageToken: data.nextPageToken ?? null };
      },
      maxItems,
      'projects',
      () => {},
    );
  } catch (error) {
    throw exchangeError(
      error,
      'Name them with project-ids, or grant the identity roles/browser on the organisation or folder.',
    );
  }
  const targets = found
    .filter((project) => project.projectId && (project.lifecycleState ?? 'ACTIVE') === 'ACTIVE')
    .map((project) => ({ id: project.projectId!, ...(project.name ? { name: project.name } : {}) }));
  if (targets.length === 0) {
    throw new UserError(
      'The Google Cloud identity can see no active project.',
      'Grant it roles/viewer (or roles/iam.securityReviewer) on the projects to audit, or name them with project-ids.',
      CLOUD_AUDIT_DOCS,
    );
  }
  return targets.sort((a, b) => a.id.localeCompare(b.id));
}

/** A refused token exchange or listing, as what to fix. */
function exchangeError(error: unknown, listingHint?: string): Error {
  if (error instanceof UserError) return error;
  const text = describeGcpError(error);
  if (/invalid_grant|unauthorized_client|invalid_target|attribute condition|audience/i.test(text)) {
    return new UserError(
      `Google's STS did not exchange the GitHub OIDC token: ${text}`,
      'The workload identity provider must trust https://token.actions.githubusercontent.com, its attribute condition must admit this repository, and the service account must grant roles/iam.workloadIdentityUser to the pool identity.',
      CLOUD_AUDIT_DOCS,
    );
  }
  if (/generateAccessToken|iam\.serviceAccounts\.getAccessToken/i.test(text)) {
    return new UserError(
      `The federated identity could not impersonate the service account: ${text}`,
      'Grant roles/iam.workloadIdentityUser on the service account to principalSet://iam.googleapis.com/<pool>/attribute.repository/<owner>/<repo>.',
      CLOUD_AUDIT_DOCS,
    );
  }
  return new UserError(
    `cloudgate could not list the Google Cloud projects: ${text}`,
    listingHint,
    CLOUD_AUDIT_DOCS,
  );
}
