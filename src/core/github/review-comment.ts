import { frameworkLabel, isFrameworkId } from '../../compliance/frameworks';
import type { Finding } from '../finding';
import type { RuleMeta } from '../rule';
import { ruleDocsUri } from '../rule';
import {
  codeHtml,
  escapeMarkdown,
  escapeMarkdownProse,
  markdownLink,
  safeLinkUrl,
} from '../reporters/markdown-escape';
import { SEVERITY_LABEL } from '../reporters/markdown-findings';
import { SEVERITIES } from '../severity';
import { fingerprintMarker } from './markers';
import type { Suggestion } from './suggestion';

/** GitHub refuses a comment body over 65,536 characters; ours stay far below. */
const MAX_COMMENT_CHARS = 60_000;
/** A grouped comment lists this many findings at most, in this many characters (its marker needs room). */
const GROUP_LISTED = 10;
const GROUP_LISTED_CHARS = 16_000;

/**
 * The inline comment for one finding: severity and rule, what is wrong here, why it matters, how to fix it
 * (as a one-click suggestion when possible), compliance controls, and the hidden fingerprint marker that
 * lets later runs recognise it. Every string from the report is escaped.
 */
export function reviewCommentBody(
  finding: Finding,
  meta: RuleMeta | undefined,
  suggestion?: Suggestion,
): string {
  const title = meta ? ` · ${escapeMarkdown(meta.title, 200)}` : '';
  const parts = [
    `**${SEVERITY_LABEL[finding.severity]}** · ${codeHtml(finding.ruleId)}${title}`,
    escapeMarkdown(finding.message, 1000),
  ];
  if (meta?.description) parts.push(`**Why it matters:** ${escapeMarkdownProse(meta.description)}`);
  const fixText = finding.fix?.description ?? meta?.remediation;
  if (fixText) parts.push(`**How to fix:** ${escapeMarkdownProse(fixText)}`);
  if (suggestion) parts.push(fencedBlock('suggestion', suggestion.text));
  const compliance = complianceLine(meta);
  if (compliance) parts.push(compliance);
  const links = [markdownLink('Rule reference', meta ? ruleDocsUri(meta) : undefined)];
  if (meta?.links[0]) links.push(markdownLink('Provider documentation', meta.links[0]));
  parts.push(links.filter((link) => link.startsWith('[')).join(' · '));
  const body = parts.filter(Boolean).join('\n\n');
  const marker = fingerprintMarker([finding.fingerprint], finding.scanner);
  return `${body.length > MAX_COMMENT_CHARS ? `${body.slice(0, MAX_COMMENT_CHARS)}…` : body}\n\n${marker}`;
}

/**
 * One comment for several findings on the same line (most severe first): their counts, the first few
 * with what is wrong and the fix each names, how many more there are, the most severe one's suggestion,
 * and every fingerprint in the hidden marker, so a later run recognises each finding.
 */
export function groupedCommentBody(
  findings: Finding[],
  rules: ReadonlyMap<string, RuleMeta>,
  suggestion?: Suggestion,
): string {
  const lead = findings[0]!;
  const entries: string[] = [];
  let chars = 0;
  for (const finding of findings.slice(0, GROUP_LISTED)) {
    const entry = groupEntry(finding, rules.get(finding.ruleId));
    if (entries.length > 0 && chars + entry.length > GROUP_LISTED_CHARS) break;
    entries.push(entry);
    chars += entry.length + 1;
  }
  const rest = findings.slice(entries.length);
  const parts = [
    `**${SEVERITY_LABEL[lead.severity]}** · **${findings.length} findings on this line** (${countsText(findings)})`,
    entries.join('\n'),
  ];
  if (rest.length > 0) {
    parts.push(
      `…and ${rest.length} more (${countsText(rest)}). The summary comment and code scanning list every one.`,
    );
  }
  const marker = fingerprintMarker(
    findings.map((finding) => finding.fingerprint),
    lead.scanner,
  );
  const suggested = suggestion
    ? [`**Suggested change** for ${codeHtml(lead.ruleId)}:`, fencedBlock('suggestion', suggestion.text)]
    : [];
  const body = `${[...parts, ...suggested].join('\n\n')}\n\n${marker}`;
  // The marker must stay whole: a suggestion too large to fit is left to the summary's fix text.
  return body.length <= MAX_COMMENT_CHARS ? body : `${parts.join('\n\n')}\n\n${marker}`;
}

function groupEntry(finding: Finding, meta: RuleMeta | undefined): string {
  const help = meta?.links[0] === undefined ? undefined : safeLinkUrl(meta.links[0]);
  const rule = help ? `[${codeHtml(finding.ruleId, 120)}](${help})` : codeHtml(finding.ruleId, 120);
  const fix = finding.fix?.description;
  const fixText = fix && !finding.message.includes(fix) ? ` **Fix:** ${escapeMarkdownProse(fix, 300)}` : '';
  return `- **${SEVERITY_LABEL[finding.severity]}** · ${rule} · ${escapeMarkdown(finding.message, 400)}${fixText}`;
}

function countsText(findings: Finding[]): string {
  return SEVERITIES.map(
    (severity) => [severity, findings.filter((f) => f.severity === severity).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
}

function complianceLine(meta: RuleMeta | undefined): string | undefined {
  if (!meta) return undefined;
  const entries = Object.entries(meta.compliance)
    .filter(([framework, controls]) => isFrameworkId(framework) && controls && controls.length > 0)
    .map(
      ([framework, controls]) =>
        `${escapeMarkdown(frameworkLabel(framework as Parameters<typeof frameworkLabel>[0]))} ${controls!.map((control) => escapeMarkdown(control, 40)).join(', ')}`,
    );
  return entries.length > 0 ? `**Compliance:** ${entries.join(' · ')}` : undefined;
}

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function fencedBlock(info: string, content: string): string {
  const longest = Math.max(0, ...(content.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${content}${content === '' || content.endsWith('\n') ? '' : '\n'}${fence}`;
}
