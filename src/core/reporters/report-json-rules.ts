import { FRAMEWORKS, type FrameworkId } from '../../compliance/frameworks';
import type { Platform, RuleMeta } from '../rule';
import { SEVERITIES } from '../severity';
import { allOf } from './exhaustive';
import type { JsonObjectReader, JsonReader } from './json-reader';
import { SCANNERS, RULE_ID } from './report-json-findings';
import { plain } from './report-json-location';

const PLATFORMS = allOf<Platform>()([
  'kubernetes',
  'aws',
  'azure',
  'gcp',
  'dockerfile',
  'github-actions',
  'container-image',
]);
const CONTROL_ID = /^[\w.()/:-][\w.()/: -]*$/;
const TAG = /^[\w.()/:@+-]+$/;

export function readRule(rule: JsonObjectReader): RuleMeta {
  const tags = rule.optional('tags');
  const deprecated = rule.optional('deprecated');
  const securitySeverity = rule.optional('securitySeverity');
  return {
    id: rule.get('id').string(200, RULE_ID),
    title: plain(rule.get('title'), 1_000),
    severity: rule.get('severity').oneOf(SEVERITIES),
    description: plain(rule.get('description'), 20_000, true),
    remediation: plain(rule.get('remediation'), 20_000, true),
    links: rule
      .get('links')
      .array(50)
      .map((link) => readLink(link)),
    scanner: rule.get('scanner').oneOf(SCANNERS),
    platform: rule.get('platform').oneOf(PLATFORMS),
    category: rule.get('category').string(100, TAG),
    compliance: readCompliance(rule.get('compliance').object()),
    aliases: rule
      .get('aliases')
      .array(100)
      .map((alias) => alias.string(200, RULE_ID)),
    ...(tags ? { tags: tags.array(100).map((tag) => tag.string(100, TAG)) } : {}),
    ...(deprecated ? { deprecated: plain(deprecated, 1_000) } : {}),
    ...(securitySeverity ? { securitySeverity: securitySeverity.number(0, 10) } : {}),
  };
}

/** Links are written into SARIF (helpUri) and Markdown, so only absolute http(s) URLs pass. */
function readLink(reader: JsonReader): string {
  const link = reader.string(2_000);
  let url: URL | undefined;
  try {
    url = new URL(link);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || /\s/.test(link)) {
    reader.fail('must be an absolute http(s) URL');
  }
  return link;
}

function readCompliance(compliance: JsonObjectReader): RuleMeta['compliance'] {
  const result: RuleMeta['compliance'] = {};
  for (const key of compliance.keys(Object.keys(FRAMEWORKS).length)) {
    if (!Object.hasOwn(FRAMEWORKS, key)) {
      compliance.get(key).fail(`is not a known framework (known: ${Object.keys(FRAMEWORKS).join(', ')})`);
    }
    result[key as FrameworkId] = compliance
      .get(key)
      .array(200)
      .map((control) => control.string(50, CONTROL_ID));
  }
  return result;
}
