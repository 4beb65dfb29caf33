import { FRAMEWORKS, frameworkLabel, type FrameworkId } from '../../../compliance/frameworks';
import { escapeMarkdown } from '../../../core/reporters/markdown-escape';
import type { CheckOutcome } from './audit-engine';
import type { RuleMeta } from '../../../core/rule';

const STATUS: Record<CheckOutcome, string> = {
  failed: '❌ failed',
  'not-assessed': '⚠️ not assessed',
  passed: '✅ passed',
};
const MAX_ACCOUNTS = 100;

/** What the summary shows of one account, subscription or project. */
export interface CoverageRow {
  account: string;
  regions: readonly string[];
  outcomes: Map<string, CheckOutcome>;
  failure?: string;
}

/** How the summary names what it covers: AWS accounts, Azure subscriptions, Google Cloud projects. */
export interface SummaryLabels {
  heading: string;
  unit: string;
}

export const AWS_LABELS: SummaryLabels = { heading: 'AWS compliance by account', unit: 'Account' };

/** Control id -> the checks mapped to it, in the catalog's order. */
function controlChecks(rules: readonly { meta: RuleMeta }[], framework: FrameworkId): [string, string[]][] {
  const controls = Object.keys(FRAMEWORKS[framework].controls);
  return controls
    .map((control): [string, string[]] => [
      control,
      rules.filter((rule) => rule.meta.compliance[framework]?.includes(control)).map((rule) => rule.meta.id),
    ])
    .filter(([, checks]) => checks.length > 0);
}

/** The worst outcome of the control's checks that ran in the account, or undefined when none ran. */
function controlStatus(outcomes: Map<string, CheckOutcome>, checks: string[]): CheckOutcome | undefined {
  const seen = checks
    .map((id) => outcomes.get(id))
    .filter((outcome): outcome is CheckOutcome => outcome !== undefined);
  if (seen.length === 0) return undefined;
  return seen.includes('failed') ? 'failed' : seen.includes('not-assessed') ? 'not-assessed' : 'passed';
}

/**
 * The job summary's compliance view: per account, a table per framework with each control's status from
 * the checks mapped to it (failed when one failed, not assessed when one could not run, passed otherwise).
 */
export function renderComplianceSummary(
  coverage: readonly CoverageRow[],
  rules: readonly { meta: RuleMeta }[],
  frameworks: readonly FrameworkId[],
  labels: SummaryLabels = AWS_LABELS,
): string {
  const lines = [`## cloudgate: ${labels.heading}`, ''];
  const listed = [...coverage].sort((a, b) => a.account.localeCompare(b.account)).slice(0, MAX_ACCOUNTS);
  for (const entry of listed) {
    const counts = { failed: 0, 'not-assessed': 0, passed: 0 };
    for (const outcome of entry.outcomes.values()) counts[outcome]++;
    const regions = entry.regions.length > 0 ? ` (${entry.regions.join(', ')})` : '';
    const state = entry.failure
      ? `not audited: ${escapeMarkdown(entry.failure, 300)}`
      : `${counts.failed} failed, ${counts['not-assessed']} not assessed, ${counts.passed} passed`;
    lines.push(
      `<details${counts.failed > 0 || entry.failure ? ' open' : ''}><summary>${labels.unit} ${entry.account}${regions}: ${state}</summary>`,
      '',
    );
    for (const framework of frameworks) {
      const rows = controlChecks(rules, framework).flatMap(([control, checks]) => {
        const status = controlStatus(entry.outcomes, checks);
        if (!status) return [];
        const title = escapeMarkdown(
          FRAMEWORKS[framework].controls[
            control as keyof (typeof FRAMEWORKS)[typeof framework]['controls']
          ] ?? '',
          200,
        );
        return [
          `| ${escapeMarkdown(control, 40)} | ${title} | ${STATUS[status]} | ${checks.map((id) => `\`${id}\``).join(' ')} |`,
        ];
      });
      if (rows.length === 0) continue;
      lines.push(
        `| ${escapeMarkdown(frameworkLabel(framework), 80)} | Control | Status | Checks |`,
        '| --- | --- | --- | --- |',
        ...rows,
        '',
      );
    }
    lines.push('</details>', '');
  }
  if (coverage.length > MAX_ACCOUNTS)
    lines.push(
      `${coverage.length - MAX_ACCOUNTS} more ${labels.unit.toLowerCase()}(s) are in the JSON report.`,
      '',
    );
  return `${lines.join('\n')}\n`;
}
