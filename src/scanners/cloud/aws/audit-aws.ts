import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { assignUniqueFingerprints } from '../../../core/engine';
import type { Notice } from '../../../core/notice';
import { emptyReport, type Report } from '../../../core/report';
import { emptyCallStats, type CallStats } from '../collectors/aws/call-stats';
import { collectAccount } from '../collectors/aws/collect-account';
import type { AccountSession } from '../collectors/aws/collect-env';
import { LimiterPool, mapLimited } from '../collectors/aws/limiter';
import { evaluateAccount, type CheckOutcome } from '../engine/audit-engine';
import type { AuditRule } from '../engine/audit-rule';
import { AWS_AUDIT_RULES } from '../rules/aws/index';
import type { DeclaredInfrastructure } from '../drift/declared/declared-infrastructure';
import { detectAwsDrift, driftNeeds } from '../drift/detect-aws-drift';
import { AWS_DRIFT_RULES, driftRuleList } from '../drift/rules/index';
import { AwsClients, type AwsConnectionSettings } from './aws-clients';
import { errorSummary } from './aws-errors';
import { resolveRegions, type RegionSelection } from './audit-regions';
import { unitInShard, type AuditShard } from './audit-shard';
import { auditTargets, callerIdentity, type AuditTarget, type CallerIdentity } from './audit-targets';
import { collectionPlan, countResources } from './audit-plan';

export interface AwsAuditOptions {
  /** The audit role's credentials: from the OIDC exchange in an action, the default chain in the CLI. */
  credentials: AwsCredentialIdentityProvider;
  /** Region of STS, IAM, Organizations and the region list. */
  homeRegion: string;
  regions: RegionSelection;
  organizationRole?: string;
  accounts?: readonly string[];
  rules?: readonly AuditRule[];
  shard?: AuditShard;
  connection?: AwsConnectionSettings;
  /** Masks secrets in the runner's log (core.setSecret in an action). */
  mask?: (secret: string) => void;
  log?: (message: string) => void;
  /** Milliseconds since the epoch, for credential refresh and ages; tests pin it. */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  refreshBeforeMs?: number;
  sessionName?: string;
  /** Accounts audited at once (default 4) and calls in flight per service and region (default 5). */
  concurrency?: { accounts?: number; perServiceRegion?: number };
  maxPages?: number;
  /** A Terraform project (readDeclaredInfrastructure) to compare with its account: drift findings join the report. */
  drift?: DeclaredInfrastructure;
}

export interface AccountCoverage {
  account: string;
  regions: string[];
  /** Check id -> outcome, for the checks this run owned in the account. */
  outcomes: Map<string, CheckOutcome>;
  /** Set when the account could not be audited at all. */
  failure?: string;
}

export interface AwsAuditResult {
  report: Report;
  identity: CallerIdentity;
  coverage: AccountCoverage[];
  calls: CallStats;
}

/** The live AWS audit: accounts, regions, collection, checks, one report. Shared by the CLI and the action. */
export async function auditAws(options: AwsAuditOptions): Promise<AwsAuditResult> {
  const started = Date.now();
  const clock = options.clock ?? Date.now;
  const rules = options.rules ?? AWS_AUDIT_RULES;
  const connection = options.connection ?? {};
  const mask = options.mask ?? (() => {});
  const log = options.log ?? (() => {});
  const calls = emptyCallStats();
  const targetOptions = {
    observe: (attempts: number) => {
      calls.calls++;
      calls.retries += attempts - 1;
    },
    credentials: options.credentials,
    homeRegion: options.homeRegion,
    connection,
    accounts: options.accounts ?? [],
    mask,
    clock,
    ...(options.organizationRole ? { organizationRole: options.organizationRole } : {}),
    ...(options.sessionName ? { sessionName: options.sessionName } : {}),
    ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
  };
  const identity = await callerIdentity(targetOptions);
  const targets = await auditTargets(identity, targetOptions);
  log(`Auditing ${targets.length} AWS account(s) as ${identity.arn} with ${rules.length} checks.`);
  const report = emptyReport(['audit']);
  const warnings: Notice[] = [];
  const now = new Date(clock());
  const driftAccount = options.drift ? driftTarget(options.drift, targets, report) : undefined;
  const withoutDrift: AwsAuditOptions = { ...options };
  delete withoutDrift.drift;
  const coverage = await mapLimited(targets, options.concurrency?.accounts ?? 4, (target) => {
    const session = newSession(target, identity, options, connection, calls, clock, (message) =>
      warnings.push({ kind: 'warning', message }),
    );
    const accountOptions = target.account === driftAccount ? options : withoutDrift;
    return auditTarget(target, session, rules, accountOptions, report, now, log);
  });
  report.notices.push(...warnings);
  assignUniqueFingerprints(report.findings);
  const fired = new Set(report.findings.map((finding) => finding.ruleId));
  const metas = [...rules.map((rule) => rule.meta), ...(options.drift ? driftRuleList(AWS_DRIFT_RULES) : [])];
  report.rules = metas.filter((meta) => fired.has(meta.id));
  report.stats.rulesRun = metas.length;
  report.stats.durationMs = Date.now() - started;
  return { report, identity, coverage, calls };
}

/** One account, whose failure (the role cannot be assumed) becomes a notice instead of ending the audit. */
async function auditTarget(
  target: AuditTarget,
  session: AccountSession,
  rules: readonly AuditRule[],
  options: AwsAuditOptions,
  report: Report,
  now: Date,
  log: (message: string) => void,
): Promise<AccountCoverage> {
  try {
    try {
      await target.credentials();
    } catch (error) {
      throw new Error(
        `no credentials through ${target.via} (${errorSummary(error)}); the role must exist there and trust the audit role`,
      );
    }
    return await auditAccount(session, rules, options, report, now, log);
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    report.notices.push({
      kind: 'not-assessed',
      message: `account ${target.account} was not audited: ${failure}`,
    });
    const outcomes = new Map(rules.map((rule) => [rule.meta.id, 'not-assessed' as const]));
    return { account: target.account, regions: [], outcomes, failure };
  } finally {
    session.clients.destroy();
    target.close();
  }
}

function newSession(
  target: AuditTarget,
  identity: CallerIdentity,
  options: AwsAuditOptions,
  connection: AwsConnectionSettings,
  stats: CallStats,
  clock: () => number,
  warn: (message: string) => void,
): AccountSession {
  return {
    account: target.account,
    partition: identity.partition,
    homeRegion: options.homeRegion,
    regions: [],
    clients: new AwsClients(target.credentials, connection, (attempts) => (stats.retries += attempts - 1)),
    limiters: new LimiterPool(options.concurrency?.perServiceRegion ?? 5),
    stats,
    clock,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    maxPages: options.maxPages ?? 200,
    warn,
  };
}

async function auditAccount(
  session: AccountSession,
  rules: readonly AuditRule[],
  options: AwsAuditOptions,
  report: Report,
  now: Date,
  log: (message: string) => void,
): Promise<AccountCoverage> {
  const resolved = await resolveRegions(session, options.regions);
  session.regions = resolved.regions;
  const accountChecks = unitInShard(session.account, options.shard);
  const regions = resolved.regions.filter((region) =>
    unitInShard(`${session.account}/${region}`, options.shard),
  );
  const unavailable = resolved.unavailable.filter(
    (gap) => unitInShard(`${session.account}/${gap.region ?? ''}`, options.shard) || !gap.region,
  );
  if (!accountChecks && regions.length === 0 && unavailable.length === 0)
    return { account: session.account, regions: [], outcomes: new Map() };
  log(
    `Account ${session.account}: ${accountChecks ? 'account-wide checks and ' : ''}${regions.length} region(s).`,
  );
  const drift = options.drift;
  const plan = collectionPlan(rules, accountChecks, regions, drift ? driftNeeds(drift) : undefined);
  const data = await collectAccount(session, plan);
  const evaluation = evaluateAccount(rules, data, {
    partition: session.partition,
    now,
    homeRegion: session.homeRegion,
    regions: resolved.regions,
    accountChecks,
    unavailableRegions: unavailable,
  });
  report.findings.push(...evaluation.findings);
  report.notices.push(...evaluation.notices);
  if (drift) {
    const drifted = detectAwsDrift(drift, data, { partition: session.partition, accountChecks });
    report.findings.push(...drifted.findings);
    report.notices.push(...drifted.notices);
  }
  report.stats.resources += countResources(data);
  return { account: session.account, regions, outcomes: evaluation.outcomes };
}

/** The account the Terraform project deploys to: the one its state names, or the only one audited. */
function driftTarget(
  drift: DeclaredInfrastructure,
  targets: readonly AuditTarget[],
  report: Report,
): string | undefined {
  const accounts = targets.map((target) => target.account);
  const account = drift.account ?? (accounts.length === 1 ? accounts[0] : undefined);
  if (account && accounts.includes(account)) return account;
  const reason = drift.account
    ? `the Terraform state names account ${drift.account}, which this audit does not cover`
    : `the Terraform project's account is unknown (no state, or a state naming several accounts) and ${accounts.length} accounts are audited; give the state or audit one account`;
  report.notices.push({
    kind: 'not-assessed',
    ruleId: AWS_DRIFT_RULES.settingChanged.id,
    message: `drift was not assessed: ${reason}`,
  });
  return undefined;
}
