import type { RuleMeta } from '../../core/rule';
import {
  MAX_DESCRIPTION,
  MAX_TITLE,
  advisoryLinks,
  clip,
  imageRuleId,
  text,
  trivySeverity,
} from './advisory-metadata';
import type { ConversionContext } from './conversion-context';
import { fileOrArtifact } from './file-anchor';
import type { FindingCollector } from './finding-collector';
import type { TrivyMisconfiguration, TrivyResult } from './trivy-report-types';

export function collectMisconfigurations(
  context: ConversionContext,
  result: TrivyResult,
  out: FindingCollector,
): void {
  for (const misconfig of result.Misconfigurations ?? []) {
    // PASS only appears with --include-non-failures; EXCEPTION is an exception the user declared.
    if (misconfig.Status !== undefined && misconfig.Status !== 'FAIL') continue;
    const severity = trivySeverity(misconfig.Severity);
    const cause = misconfig.CauseMetadata;
    const firstCause = cause?.Code?.Lines?.find((line) => line?.IsCause && text(line.Content));
    const location = fileOrArtifact(context, result.Target, {
      start: cause?.StartLine,
      end: cause?.EndLine,
      ...(firstCause?.Content ? { expect: firstCause.Content.trim() } : {}),
    });
    const resource = text(cause?.Resource) ?? result.Target;
    const message = text(misconfig.Message) ?? text(misconfig.Title) ?? normalisedCheckId(misconfig);
    out.add(
      misconfigRule(misconfig, severity),
      {
        severity,
        message: `${message} (${result.Target}${location.kind === 'artifact' ? ` in ${context.image}` : ''}).`,
        location,
        resource,
        properties: { checkId: normalisedCheckId(misconfig), target: result.Target, image: context.image },
      },
      {
        where: `${context.imageKey}|${result.Target}`,
        what: resource,
        variant: `${cause?.StartLine ?? ''}|${message}`,
      },
    );
  }
}

/**
 * One id form for both generations of Trivy's checks: `DS-0002` (v0.69 on) and `DS002` with
 * `AVDID: AVD-DS-0002` (before); the other spellings become aliases.
 */
export function normalisedCheckId(misconfig: Pick<TrivyMisconfiguration, 'ID' | 'AVDID'>): string {
  const id = misconfig.ID.trim();
  if (/^[A-Za-z]+-\d+$/.test(id)) return id.toUpperCase();
  const avd =
    typeof misconfig.AVDID === 'string' ? /^AVD-([A-Za-z]+-\d+)$/i.exec(misconfig.AVDID.trim()) : null;
  if (avd) return avd[1]!.toUpperCase();
  const legacy = /^([A-Za-z]+)(\d+)$/.exec(id);
  if (legacy) return `${legacy[1]!.toUpperCase()}-${legacy[2]!.padStart(4, '0')}`;
  return id;
}

function misconfigRule(misconfig: TrivyMisconfiguration, severity: RuleMeta['severity']): RuleMeta {
  const id = normalisedCheckId(misconfig);
  const title = text(misconfig.Title) ?? id;
  const aliases = [id, `AVD-${id}`, misconfig.ID, text(misconfig.AVDID)].filter(
    (alias, index, all): alias is string => typeof alias === 'string' && all.indexOf(alias) === index,
  );
  return {
    id: imageRuleId('misconfig', id),
    title: clip(title, MAX_TITLE),
    severity,
    description: clip(text(misconfig.Description) ?? title, MAX_DESCRIPTION),
    remediation: clip(
      text(misconfig.Resolution) ?? 'Change the configuration as the check describes.',
      MAX_DESCRIPTION,
    ),
    links: advisoryLinks(id, misconfig.PrimaryURL, misconfig.References),
    scanner: 'image',
    platform: 'container-image',
    category: 'misconfiguration',
    compliance: {},
    aliases,
    tags: ['security', 'misconfiguration'],
  };
}
