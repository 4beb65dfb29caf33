import type { RuleMeta } from '../../core/rule';
import { MAX_TITLE, clip, imageRuleId, text, trivySeverity } from './advisory-metadata';
import type { ConversionContext } from './conversion-context';
import { fileOrArtifact } from './file-anchor';
import type { FindingCollector } from './finding-collector';
import type { TrivyResult, TrivySecret } from './trivy-report-types';

export function collectSecrets(context: ConversionContext, result: TrivyResult, out: FindingCollector): void {
  for (const secret of result.Secrets ?? []) {
    const severity = trivySeverity(secret.Severity);
    const match = text(secret.Match);
    // The match is masked; what comes before the mask is plain text that must be on the repository line.
    const visible = match?.split('*')[0]?.trim();
    const location = fileOrArtifact(context, result.Target, {
      start: secret.StartLine,
      end: secret.EndLine,
      ...(visible ? { expect: visible } : {}),
    });
    const line = typeof secret.StartLine === 'number' ? ` line ${secret.StartLine}` : '';
    const inImage =
      location.kind === 'file' ? `; the file is also in ${context.image}` : ` in ${context.image}`;
    out.add(
      secretRule(secret, severity),
      {
        severity,
        message: `${text(secret.Title) ?? secret.RuleID} in ${result.Target}${line}${inImage}${match ? `: ${clip(match, 120)}` : ''}. Revoke the credential, remove it from the file and the image history, and load it at run time from a secret store.`,
        location,
        resource: result.Target,
        properties: {
          secretRule: secret.RuleID,
          target: result.Target,
          image: context.image,
          ...(text(secret.Category) ? { category: secret.Category! } : {}),
        },
      },
      {
        where: `${context.imageKey}|${result.Target}`,
        what: match ?? '',
        variant: String(secret.StartLine ?? ''),
      },
    );
  }
}

function secretRule(secret: TrivySecret, severity: RuleMeta['severity']): RuleMeta {
  const title = text(secret.Title) ?? secret.RuleID;
  return {
    id: imageRuleId('secret', secret.RuleID),
    title: clip(`Secret in the image: ${title}`, MAX_TITLE),
    severity,
    description: `A ${title} is stored in a file of the image. Anyone who can pull the image, or read one of its layers, can read it, and removing the file in a later layer does not remove it from the earlier one.`,
    remediation:
      'Revoke and rotate the credential, keep it out of the build context (.dockerignore), and pass it at run time or with a BuildKit secret mount.',
    links: [
      'https://docs.docker.com/build/building/secrets/',
      'https://trivy.dev/latest/docs/scanner/secret/',
    ],
    scanner: 'image',
    platform: 'container-image',
    category: 'secret',
    compliance: {},
    aliases: [secret.RuleID],
    tags: ['security', 'secret'],
  };
}
