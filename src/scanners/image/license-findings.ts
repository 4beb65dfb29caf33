import type { RuleMeta } from '../../core/rule';
import { imageRuleId, text, trivySeverity } from './advisory-metadata';
import type { ConversionContext } from './conversion-context';
import type { FindingCollector } from './finding-collector';
import type { TrivyResult } from './trivy-report-types';

/** Licences are ruled per category (forbidden, restricted, reciprocal...), the way Trivy rates them. */
export function collectLicenses(
  context: ConversionContext,
  result: TrivyResult,
  out: FindingCollector,
): void {
  for (const license of result.Licenses ?? []) {
    const severity = trivySeverity(license.Severity);
    const category = text(license.Category) ?? 'unknown';
    const subject = text(license.PkgName) ?? text(license.FilePath) ?? result.Target;
    out.add(
      licenseRule(category, severity),
      {
        severity,
        message: `${subject} is licensed under ${license.Name} (${category}) in ${context.image}${result.Target ? `, ${result.Target}` : ''}. Check that this licence's terms fit how the image is distributed.`,
        location: {
          kind: 'artifact',
          name: context.imageKey,
          detail: [result.Target, text(license.FilePath)].filter(Boolean).join(': '),
        },
        resource: subject,
        properties: {
          license: license.Name,
          licenseCategory: category,
          target: result.Target,
          image: context.image,
          ...(typeof license.Confidence === 'number' ? { confidence: license.Confidence } : {}),
        },
      },
      { where: `${context.imageKey}|${result.Target}`, what: `${subject}|${license.Name}` },
    );
  }
}

function licenseRule(category: string, severity: RuleMeta['severity']): RuleMeta {
  return {
    id: imageRuleId('license', category),
    title: `Package under a ${category} licence`,
    severity,
    description: `The image contains software whose licence Trivy classifies as ${category}. Reciprocal, restricted and forbidden licences can impose obligations (publishing source, attribution) when the image is distributed.`,
    remediation:
      'Confirm the licence is acceptable for this distribution, replace the package, or accept it in the Trivy licence policy.',
    links: ['https://trivy.dev/latest/docs/scanner/license/'],
    scanner: 'image',
    platform: 'container-image',
    category: 'license',
    compliance: {},
    aliases: [],
    tags: ['license'],
  };
}
