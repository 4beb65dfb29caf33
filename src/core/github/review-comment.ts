import { frameworkLabel, isFrameworkId } from '../../compliance/frameworks';
import type { Finding } from '../finding';
import type { RuleMeta } from '../rule';
import { ruleDocsUri } from '../rule';
import { codeHtml, escapeMarkdown, escapeMarkdownProse, markdownLink } from '../reporters/markdown-escape';
import { SEVERITY_LABEL } from '../reporters/markdown-findings';
import { fingerprintMarker } from './markers';
import type { Suggestion } from './suggestion';

/** GitHub refuses a comment body over 65,536 characters; ours stay far below. */
const MAX_COMMENT_CHARS = 60_000;

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
  const marker = fingerprintMarker(finding.fingerprint, finding.scanner);
  return `${body.length > MAX_COMMENT_CHARS ? `${body.slice(0, MAX_COMMENT_CHARS)}…` : body}\n\n${marker}`;
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
