import { FRAMEWORKS, frameworkLabel, type FrameworkId } from '../../compliance/frameworks';
import { ruleHelpUri, type RuleMeta, type Scanner } from '../rule';
import { sarifLevel, securitySeverityScore, type Severity } from '../severity';
import { cut, escapeMarkdown, escapeMarkdownProse, markdownLink } from './markdown-escape';
import type { SarifReportingDescriptor } from './sarif-types';

/** GitHub reads at most 1024 characters of each description and 255 of a rule's name. */
const DESCRIPTION_MAX = 1024;
const NAME_MAX = 255;

/**
 * The rule's metadata as code scanning shows it. `severity` is the effective severity of the rule's results
 * in this run (a configured override applies to every finding of a rule), so the alert's security severity
 * matches what the gate saw.
 */
export function toRuleDescriptor(meta: RuleMeta, severity: Severity): SarifReportingDescriptor {
  return {
    id: meta.id,
    name: cut(pascalCase(meta.id), NAME_MAX),
    shortDescription: { text: sentence(meta.title, DESCRIPTION_MAX) },
    fullDescription: { text: sentence(meta.description, DESCRIPTION_MAX) },
    help: { text: helpText(meta), markdown: helpMarkdown(meta) },
    helpUri: ruleHelpUri(meta),
    defaultConfiguration: { level: sarifLevel(severity) },
    properties: {
      'security-severity':
        meta.securitySeverity !== undefined
          ? meta.securitySeverity.toFixed(1)
          : securitySeverityScore(severity),
      precision: meta.scanner === 'image' ? 'high' : 'very-high',
      tags: ruleTags(meta),
      ...(meta.aliases.length > 0 ? { aliases: [...meta.aliases] } : {}),
    },
  };
}

/** For a finding whose rule metadata is missing from the report: enough for GitHub to accept and show it. */
export function fallbackRuleDescriptor(
  ruleId: string,
  scanner: Scanner,
  severity: Severity,
): SarifReportingDescriptor {
  return {
    id: ruleId,
    name: cut(pascalCase(ruleId), NAME_MAX),
    shortDescription: { text: sentence(ruleId, DESCRIPTION_MAX) },
    fullDescription: {
      text: `Findings of the ${scanner} rule ${ruleId}; the report carried no further description.`,
    },
    help: {
      text: `The report has no metadata for ${ruleId}; see the finding's message.`,
      markdown: `The report has no metadata for ${escapeMarkdown(ruleId, 200)}; see the finding's message.`,
    },
    defaultConfiguration: { level: sarifLevel(severity) },
    properties: { 'security-severity': securitySeverityScore(severity), tags: ['security', scanner] },
  };
}

/**
 * Most useful first, because GitHub keeps only 20 tags per rule: `security`, the category, the platform,
 * then one `<framework>/<control>` tag per compliance control (e.g. `cis-kubernetes-1.9/5.2.2`), then the
 * rule's own tags.
 */
export function ruleTags(meta: RuleMeta): string[] {
  const tags = ['security', meta.category, meta.platform, ...complianceTags(meta), ...(meta.tags ?? [])];
  return [...new Set(tags.filter((tag) => tag.length > 0))];
}

function complianceTags(meta: RuleMeta): string[] {
  return complianceEntries(meta).flatMap(([framework, controls]) =>
    controls.map((control) => `${framework}/${control}`),
  );
}

function complianceEntries(meta: RuleMeta): [FrameworkId, string[]][] {
  return Object.entries(meta.compliance).filter((entry): entry is [FrameworkId, string[]] =>
    Object.hasOwn(FRAMEWORKS, entry[0]),
  );
}

function helpText(meta: RuleMeta): string {
  const parts = [meta.description, `How to fix: ${meta.remediation}`];
  const compliance = complianceEntries(meta).map(
    ([framework, controls]) =>
      `${frameworkLabel(framework)}: ${controls.map((id) => controlWithTitle(framework, id)).join('; ')}`,
  );
  if (compliance.length > 0) parts.push(`Compliance:\n${compliance.map((line) => `- ${line}`).join('\n')}`);
  if (meta.aliases.length > 0) parts.push(`Equivalent ids in other tools: ${meta.aliases.join(', ')}`);
  if (meta.links.length > 0) parts.push(`References:\n${meta.links.map((link) => `- ${link}`).join('\n')}`);
  return parts.join('\n\n');
}

/** Rule metadata may come from a report another job wrote, so every string is escaped here too. */
function helpMarkdown(meta: RuleMeta): string {
  const parts = [
    escapeMarkdownProse(meta.description, 4000),
    `**How to fix:** ${escapeMarkdownProse(meta.remediation, 4000)}`,
  ];
  const compliance = complianceEntries(meta).flatMap(([framework, controls]) =>
    controls.map(
      (id) =>
        `- ${escapeMarkdown(frameworkLabel(framework))} ${escapeMarkdown(controlWithTitle(framework, id))}`,
    ),
  );
  if (compliance.length > 0) parts.push(`**Compliance**\n\n${compliance.join('\n')}`);
  if (meta.aliases.length > 0) {
    parts.push(
      `**Equivalent ids in other tools:** ${meta.aliases.map((alias) => escapeMarkdown(alias, 100)).join(', ')}`,
    );
  }
  if (meta.links.length > 0) {
    parts.push(
      `**References**\n\n${meta.links.map((link) => `- ${markdownLink(link, link, 300)}`).join('\n')}`,
    );
  }
  return parts.join('\n\n');
}

export function controlWithTitle(framework: FrameworkId, control: string): string {
  const controls: Record<string, string> = FRAMEWORKS[framework].controls;
  const title = Object.hasOwn(controls, control) ? controls[control] : undefined;
  return title ? `${control} (${title})` : control;
}

/** `k8s-privileged-container` -> `K8sPrivilegedContainer`: SARIF's `name` is an identifier-like label. */
function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return name || 'Rule';
}

function sentence(text: string, max: number): string {
  const trimmed = text.trim() || 'No description.';
  return cut(/[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`, max);
}
