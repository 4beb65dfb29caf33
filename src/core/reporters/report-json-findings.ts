import type { Finding, Fix, Suppression, TextEdit } from '../finding';
import type { Scanner } from '../rule';
import { SEVERITIES } from '../severity';
import { allOf } from './exhaustive';
import type { JsonReader } from './json-reader';
import { plain, readLocation, readRange, readRelativePath } from './report-json-location';

export const SCANNERS = allOf<Scanner>()(['iac', 'image', 'audit']);
const SUPPRESSION_KINDS = allOf<Suppression['kind']>()(['inline', 'config', 'baseline']);

/** Rule ids and aliases: ours (`k8s-...`), CVE/GHSA ids, checkov and Trivy ids. */
export const RULE_ID = /^[A-Za-z0-9][\w.:/+-]*$/;
/**
 * Fingerprints end up in hidden HTML comments of review comments, so their alphabet leaves no way to close
 * a comment or a tag.
 */
const FINGERPRINT = /^[A-Za-z0-9][A-Za-z0-9._:/+=-]*$/;
const PROPERTY_KEY = /^[A-Za-z_][\w.:-]*$/;

export function readFinding(reader: JsonReader): Finding {
  const finding = reader.object();
  const fix = finding.optional('fix');
  const properties = finding.optional('properties');
  const suppression = finding.optional('suppression');
  return {
    ruleId: finding.get('ruleId').string(200, RULE_ID),
    scanner: finding.get('scanner').oneOf(SCANNERS),
    severity: finding.get('severity').oneOf(SEVERITIES),
    message: plain(finding.get('message'), 10_000, true),
    location: readLocation(finding.get('location')),
    resource: plain(finding.get('resource'), 1_000),
    fingerprint: finding.get('fingerprint').string(256, FINGERPRINT),
    ...(fix ? { fix: readFix(fix) } : {}),
    ...(properties ? { properties: readProperties(properties) } : {}),
    ...(suppression ? { suppression: readSuppression(suppression) } : {}),
  };
}

function readFix(reader: JsonReader): Fix {
  const fix = reader.object();
  return {
    description: plain(fix.get('description'), 1_000, true),
    edits: fix
      .get('edits')
      .array(100)
      .map((item): TextEdit => {
        const edit = item.object();
        return {
          path: readRelativePath(edit.get('path')),
          range: readRange(edit.get('range')),
          replacement: edit.get('replacement').string(100_000),
        };
      }),
  };
}

function readProperties(reader: JsonReader): Record<string, string | number | boolean> {
  const object = reader.object();
  const properties: Record<string, string | number | boolean> = {};
  for (const key of object.keys(50)) {
    if (!PROPERTY_KEY.test(key) || key.length > 100) object.get(key).fail('is not an accepted property name');
    const value = object.get(key);
    const raw = value.value;
    properties[key] =
      typeof raw === 'number'
        ? value.number(-Number.MAX_VALUE, Number.MAX_VALUE)
        : typeof raw === 'boolean'
          ? raw
          : plain(value, 2_000, true);
  }
  return properties;
}

function readSuppression(reader: JsonReader): Suppression {
  const suppression = reader.object();
  const source = suppression.optional('source');
  return {
    kind: suppression.get('kind').oneOf(SUPPRESSION_KINDS),
    reason: plain(suppression.get('reason'), 2_000, true),
    ...(source ? { source: plain(source, 4_200) } : {}),
  };
}
