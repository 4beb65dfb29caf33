import { FRAMEWORKS, frameworkLabel, type FrameworkId } from '../../compliance/frameworks';
import type { Finding } from '../finding';
import type { GateResult } from '../gate';
import type { Notice } from '../notice';
import type { Report } from '../report';
import type { RuleMeta } from '../rule';
import { SEVERITIES } from '../severity';
import { codeHtml, escapeMarkdown } from './markdown-escape';
import { SEVERITY_LABEL } from './markdown-findings';

export function verdictLine(active: Finding[], gate: GateResult | undefined): string {
  const settings = gate ? ` (fail-on: ${codeHtml(gate.failOn)}, scope: ${codeHtml(gate.scope)})` : '';
  if (gate && !gate.passed) {
    const count = gate.blocking.length;
    const scope = gate.scope === 'new' ? ' that are new in this change' : '';
    return `**❌ Gate failed:** ${plural(count, 'finding')} at or above ${escapeMarkdown(gate.failOn)}${scope} block the merge${settings}.`;
  }
  if (gate) {
    const why =
      gate.failOn === 'none'
        ? 'fail-on is none, so findings never fail the run'
        : `no active finding at or above ${escapeMarkdown(gate.failOn)}`;
    return `**✅ Gate passed:** ${why}${settings}.`;
  }
  return active.length === 0
    ? '**✅ No findings.**'
    : `**${plural(active.length, 'finding')}** need attention.`;
}

export function countsTable(active: Finding[], suppressed: number): string {
  const counts = SEVERITIES.map(
    (severity) => active.filter((finding) => finding.severity === severity).length,
  );
  return [
    `| ${SEVERITIES.map((severity) => SEVERITY_LABEL[severity]).join(' | ')} | Suppressed |`,
    `| ${SEVERITIES.map(() => '---:').join(' | ')} | ---: |`,
    `| ${counts.join(' | ')} | ${suppressed} |`,
  ].join('\n');
}

/** Per framework, the controls that active findings fail, with how many findings and which rules. */
export function complianceSection(
  active: Finding[],
  rules: ReadonlyMap<string, RuleMeta>,
): string | undefined {
  const failing = new Map<FrameworkId, Map<string, { findings: number; rules: Set<string> }>>();
  for (const finding of active) {
    const meta = rules.get(finding.ruleId);
    if (!meta) continue;
    for (const [framework, controls] of Object.entries(meta.compliance)) {
      if (!Object.hasOwn(FRAMEWORKS, framework) || !controls) continue;
      const byControl =
        failing.get(framework as FrameworkId) ?? new Map<string, { findings: number; rules: Set<string> }>();
      for (const control of controls) {
        const entry = byControl.get(control) ?? { findings: 0, rules: new Set<string>() };
        entry.findings++;
        entry.rules.add(finding.ruleId);
        byControl.set(control, entry);
      }
      failing.set(framework as FrameworkId, byControl);
    }
  }
  if (failing.size === 0) return undefined;
  const blocks = (Object.keys(FRAMEWORKS) as FrameworkId[])
    .filter((framework) => failing.has(framework))
    .map((framework) => frameworkBlock(framework, failing.get(framework)!));
  return `### Compliance\n\n${blocks.join('\n\n')}`;
}

/** Made on first use: making a collator took about 10 ms, which every run paid at start. */
let natural: Intl.Collator | undefined;

function naturalOrder(a: string, b: string): number {
  return (natural ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
}

function frameworkBlock(
  framework: FrameworkId,
  controls: Map<string, { findings: number; rules: Set<string> }>,
): string {
  const titles: Record<string, string> = FRAMEWORKS[framework].controls;
  const rows = [...controls.entries()]
    .sort(([a], [b]) => naturalOrder(a, b))
    .map(([control, entry]) => {
      const title = Object.hasOwn(titles, control) ? titles[control]! : '';
      const ruleList = [...entry.rules]
        .sort()
        .map((id) => codeHtml(id, 120))
        .join(' ');
      return `| ${escapeMarkdown(control, 60)} | ${escapeMarkdown(title, 200)} | ${entry.findings} | ${ruleList} |`;
    });
  const summary = `${escapeMarkdown(frameworkLabel(framework))}: ${plural(controls.size, 'control')} with failing findings`;
  return `<details><summary>${summary}</summary>\n\n| Control | Title | Findings | Rules |\n| --- | --- | ---: | --- |\n${rows.join('\n')}\n\n</details>`;
}

const NOTICE_LABEL: Record<Notice['kind'], string> = {
  'parse-error': 'not parsed',
  skipped: 'skipped',
  'not-assessed': 'not assessed',
  config: 'configuration',
  'api-error': 'API error',
  warning: 'warning',
};

export function noticesSection(notices: Notice[], shown: number): string | undefined {
  if (notices.length === 0) return undefined;
  const lines = notices.slice(0, shown).map((notice) => {
    const where = notice.path
      ? `${codeHtml(`${notice.path}${notice.line ? `:${notice.line}` : ''}`, 300)} `
      : '';
    return `- ${NOTICE_LABEL[notice.kind] ?? 'notice'}: ${where}${escapeMarkdown(notice.message, 300)}`;
  });
  if (notices.length > shown) lines.push(`- and ${notices.length - shown} more`);
  return `### Notices (${notices.length})\n\nWhat the scan could not check; the rest was scanned.\n\n${lines.join('\n')}`;
}

export function suppressedLine(findings: Finding[]): string | undefined {
  const suppressed = findings.filter((finding) => finding.suppression);
  if (suppressed.length === 0) return undefined;
  const byKind = (['inline', 'config', 'baseline'] as const)
    .map((kind) => [kind, suppressed.filter((finding) => finding.suppression!.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(
      ([kind, count]) =>
        `${count} ${kind === 'inline' ? 'by inline comments' : kind === 'config' ? 'by the configuration' : 'by the baseline'}`,
    );
  return `${plural(suppressed.length, 'suppressed finding')} (${byKind.join(', ')}) ${suppressed.length === 1 ? 'does' : 'do'} not count toward the gate.`;
}

export function footer(report: Report): string {
  const { files, resources, rulesRun, durationMs } = report.stats;
  const tool = `${escapeMarkdown(report.tool.name, 50)} ${escapeMarkdown(report.tool.version, 50)}`;
  return `<sub>${tool} · ${plural(files, 'file')} · ${plural(resources, 'resource')} · ${plural(rulesRun, 'rule')} · ${(durationMs / 1000).toFixed(2)} s</sub>`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
