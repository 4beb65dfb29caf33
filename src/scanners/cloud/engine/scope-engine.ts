import { runRules, type Violation } from '../../../core/engine';
import type { Finding } from '../../../core/finding';
import type { Notice } from '../../../core/notice';
import type { Collected } from '../collectors/aws/collected';
import type { CheckOutcome } from './audit-engine';
import type { ScopeAuditRule, ScopeContext, ScopeFlagOptions, ScopeProvider } from './scope-audit-rule';

export interface ScopeData<D> {
  provider: ScopeProvider;
  scope: string;
  datasets: Map<keyof D & string, Collected<unknown>>;
}

export interface ScopeEvaluation {
  scope: string;
  findings: Finding[];
  notices: Notice[];
  outcomes: Map<string, CheckOutcome>;
}

const NO_SNIPPET = { snippetFor: () => '' };

class RuleContext<D> implements ScopeContext<D> {
  readonly gaps: string[] = [];

  constructor(
    private readonly data: ScopeData<D>,
    private readonly rule: ScopeAuditRule<D>,
    readonly now: Date,
  ) {}

  get provider(): ScopeProvider {
    return this.data.provider;
  }

  get scope(): string {
    return this.data.scope;
  }

  get incomplete(): boolean {
    return this.gaps.length > 0;
  }

  gap(reason: string): void {
    if (!this.gaps.includes(reason)) this.gaps.push(reason);
  }

  use<T>(value: Collected<T> | undefined): T | undefined {
    if (value === undefined) return undefined;
    if (value.ok) return value.value;
    this.gap(value.reason);
    return undefined;
  }

  get<K extends keyof D & string>(key: K): D[K] | undefined {
    if (!this.rule.needs.includes(key))
      throw new Error(`${this.rule.meta.id} reads ${key} without listing it in needs`);
    const value = this.data.datasets.get(key);
    if (!value) {
      this.gap(`${key} was not collected`);
      return undefined;
    }
    return this.use(value) as D[K] | undefined;
  }

  flag(resourceId: string, message: string, options: ScopeFlagOptions = {}): Violation {
    return {
      message,
      resource: resourceId,
      location: {
        kind: 'cloud',
        provider: this.data.provider,
        account: this.data.scope,
        ...(options.region ? { region: options.region } : {}),
        resourceId,
      },
      ...(options.properties ? { properties: options.properties } : {}),
    };
  }
}

/** Runs the checks over one subscription's or project's datasets: findings, gaps as notices, outcomes. */
export function evaluateScope<D>(
  rules: readonly ScopeAuditRule<D>[],
  data: ScopeData<D>,
  now: Date,
): ScopeEvaluation {
  const evaluation: ScopeEvaluation = { scope: data.scope, findings: [], notices: [], outcomes: new Map() };
  const label = data.provider === 'azure' ? 'subscription' : 'project';
  for (const rule of rules) {
    const context = new RuleContext(data, rule, now);
    const result = runRules([rule], context, NO_SNIPPET);
    evaluation.findings.push(...result.findings);
    evaluation.notices.push(
      ...result.notices,
      ...context.gaps.map((reason): Notice => ({
        kind: 'not-assessed',
        ruleId: rule.meta.id,
        message: `${rule.meta.id} was not assessed in ${label} ${data.scope}: ${reason}`,
      })),
    );
    evaluation.outcomes.set(
      rule.meta.id,
      result.findings.length > 0
        ? 'failed'
        : context.gaps.length + result.notices.length > 0
          ? 'not-assessed'
          : 'passed',
    );
  }
  return evaluation;
}
