import { runRules } from '../../../core/engine';
import type { Finding } from '../../../core/finding';
import type { Notice } from '../../../core/notice';
import type { AccountData } from '../collectors/aws/collect-account';
import { AccountRuleContext, RegionRuleContext, type ContextShared, type Gap } from './audit-context';
import type { AuditRule } from './audit-rule';

export type CheckOutcome = 'passed' | 'failed' | 'not-assessed';

export interface AccountEvaluation {
  account: string;
  findings: Finding[];
  notices: Notice[];
  /** Rule id -> what the check concluded for this account (over the regions this run covered). */
  outcomes: Map<string, CheckOutcome>;
}

export interface EvaluateOptions {
  partition: string;
  now: Date;
  homeRegion: string;
  /** Every enabled region of the audit in this account. */
  regions: readonly string[];
  /** Whether this run owns the account-wide checks (with shards, one shard does). */
  accountChecks: boolean;
  /** Requested regions that cannot be read (not enabled, or the region list failed): their checks are not assessed. */
  unavailableRegions: readonly Gap[];
}

const NO_SNIPPET = { snippetFor: () => '' };

/** Runs the checks over one account's collected data: findings, "not assessed" notices and per-check outcomes. */
export function evaluateAccount(
  rules: readonly AuditRule[],
  data: AccountData,
  options: EvaluateOptions,
): AccountEvaluation {
  const shared: ContextShared = { data, partition: options.partition, now: options.now };
  const evaluation: AccountEvaluation = {
    account: data.account,
    findings: [],
    notices: [],
    outcomes: new Map(),
  };
  for (const rule of rules) {
    const runs: { context: AccountRuleContext | RegionRuleContext; result: ReturnType<typeof runRules> }[] =
      [];
    if (rule.scope === 'account') {
      if (!options.accountChecks) continue;
      const context = new AccountRuleContext(shared, rule, options.homeRegion, options.regions);
      runs.push({ context, result: runRules([rule], context, NO_SNIPPET) });
    } else {
      for (const region of data.regions.keys()) {
        const context = new RegionRuleContext(shared, rule, region);
        runs.push({ context, result: runRules([rule], context, NO_SNIPPET) });
      }
    }
    const gaps = runs.flatMap((run) => run.context.gaps);
    if (rule.scope === 'region') gaps.push(...options.unavailableRegions);
    const findings = runs.flatMap((run) => run.result.findings);
    const failures = runs.flatMap((run) => run.result.notices);
    if (runs.length === 0 && gaps.length === 0) continue;
    evaluation.findings.push(...findings);
    evaluation.notices.push(...failures, ...gaps.map((gap) => gapNotice(rule.meta.id, data.account, gap)));
    evaluation.outcomes.set(
      rule.meta.id,
      findings.length > 0 ? 'failed' : gaps.length + failures.length > 0 ? 'not-assessed' : 'passed',
    );
  }
  return evaluation;
}

function gapNotice(ruleId: string, account: string, gap: Gap): Notice {
  const where = gap.region ? `account ${account}, ${gap.region}` : `account ${account}`;
  return { kind: 'not-assessed', ruleId, message: `${ruleId} was not assessed in ${where}: ${gap.reason}` };
}
