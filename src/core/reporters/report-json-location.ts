import type { Location, SourceRange } from '../location';
import { allOf } from './exhaustive';
import type { JsonReader } from './json-reader';

const LOCATION_KINDS = allOf<Location['kind']>()(['file', 'cloud', 'artifact']);
const PROVIDERS = allOf<Extract<Location, { kind: 'cloud' }>['provider']>()(['aws', 'azure', 'gcp']);
const MAX_LINE = 100_000_000;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

export function readLocation(reader: JsonReader): Location {
  const location = reader.object();
  const kind = location.get('kind').oneOf(LOCATION_KINDS);
  switch (kind) {
    case 'file':
      return { kind, path: readRelativePath(location.get('path')), range: readRange(location.get('range')) };
    case 'cloud': {
      const region = location.optional('region');
      return {
        kind,
        provider: location.get('provider').oneOf(PROVIDERS),
        account: plain(location.get('account'), 200),
        ...(region ? { region: plain(region, 100) } : {}),
        resourceId: plain(location.get('resourceId'), 2_000),
      };
    }
    case 'artifact': {
      const detail = location.optional('detail');
      return {
        kind,
        name: plain(location.get('name'), 1_000),
        ...(detail ? { detail: plain(detail, 2_000) } : {}),
      };
    }
  }
}

export function readRange(reader: JsonReader): SourceRange {
  const range = reader.object();
  const startLine = range.get('startLine').integer(1, MAX_LINE);
  const startColumn = range.get('startColumn').integer(1, MAX_LINE);
  const endLine = range.get('endLine').integer(startLine, MAX_LINE);
  const endColumn = range.get('endColumn').integer(endLine === startLine ? startColumn : 1, MAX_LINE);
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * A path relative to the scan root, as our scanners write it. Anything that could point elsewhere once a
 * consumer joins it to a folder or a URL (absolute, drive letters, `..`, backslashes, control characters)
 * is refused.
 */
export function readRelativePath(reader: JsonReader): string {
  const path = reader.string(4_096);
  const segments = path.split('/');
  if (
    path.length === 0 ||
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    path.includes('\\') ||
    CONTROL.test(path) ||
    segments.includes('..')
  ) {
    reader.fail('must be a relative path inside the scan root (no leading "/", no "..", no backslashes)');
  }
  return path;
}

/** A string shown to people: length-capped, without control characters (prose may keep tabs and line breaks). */
export function plain(reader: JsonReader, maxLength: number, prose = false): string {
  const text = reader.string(maxLength);
  if ((prose ? CONTROL_EXCEPT_LINES : CONTROL).test(text)) reader.fail('must not contain control characters');
  return text;
}
