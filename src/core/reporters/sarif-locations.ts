import type { Finding, Fix } from '../finding';
import type { Location, SourceRange } from '../location';
import { wellFormed } from '../well-formed';
import type {
  SarifArtifactChange,
  SarifArtifactLocation,
  SarifFix,
  SarifLocation,
  SarifRegion,
} from './sarif-types';

/** Every URI is relative to the scan root, which SARIF calls %SRCROOT%. */
export const SRCROOT = '%SRCROOT%';

/**
 * GitHub code scanning needs a physical location on every result, but a live cloud resource or a container
 * image is not a file of the repository. Those results point at a placeholder path under `.cloudgate/`,
 * built only from the location's own fields, so it is a valid relative URI and stays the same from run to
 * run (GitHub closes and reopens an alert when its path changes):
 *
 *   cloud:    .cloudgate/cloud/<provider>/<account>/<region or "global">/<resource id>
 *   artifact: .cloudgate/artifact/<artifact name>
 *
 * at line 1, column 1. The real identity is in `logicalLocations` and in the message. Documented in
 * docs/report-schema.md.
 */
export const PLACEHOLDER_ROOT = '.cloudgate';

/** The URI of a location's artifact; see artifactUris. */
export type ArtifactUris = (location: Location) => string;

/** Findings share few files: each file's URI is encoded once per run, not once per result. */
export function artifactUris(): ArtifactUris {
  const byPath = new Map<string, string>();
  return (location) => {
    if (location.kind !== 'file') return placeholderOrPath(location);
    let uri = byPath.get(location.path);
    if (uri === undefined) byPath.set(location.path, (uri = placeholderOrPath(location)));
    return uri;
  };
}

export function toSarifLocation(finding: Finding, uriOf: ArtifactUris = placeholderOrPath): SarifLocation {
  const location = finding.location;
  const physicalLocation = {
    artifactLocation: artifactLocation(location, uriOf),
    region: regionOf(location),
  };
  switch (location.kind) {
    case 'file':
      return finding.resource
        ? { physicalLocation, logicalLocations: [{ fullyQualifiedName: finding.resource, kind: 'resource' }] }
        : { physicalLocation };
    case 'cloud':
      return {
        physicalLocation,
        logicalLocations: [
          {
            name: location.resourceId,
            fullyQualifiedName: [
              location.provider,
              location.account,
              location.region ?? 'global',
              location.resourceId,
            ].join('/'),
            kind: 'resource',
          },
        ],
      };
    case 'artifact':
      return {
        physicalLocation,
        logicalLocations: [
          {
            name: location.detail ?? location.name,
            fullyQualifiedName: location.detail ? `${location.name} (${location.detail})` : location.name,
            kind: 'resource',
          },
        ],
      };
  }
}

export function artifactLocation(
  location: Location,
  uriOf: ArtifactUris = placeholderOrPath,
): SarifArtifactLocation {
  return { uri: uriOf(location), uriBaseId: SRCROOT };
}

function placeholderOrPath(location: Location): string {
  switch (location.kind) {
    case 'file':
      return encodeRelativePath(location.path.split('/')) || `${PLACEHOLDER_ROOT}/unknown-file`;
    case 'cloud':
      return encodeRelativePath([
        PLACEHOLDER_ROOT,
        'cloud',
        location.provider,
        location.account || 'unknown-account',
        location.region || 'global',
        ...location.resourceId.split('/'),
      ]);
    case 'artifact':
      return encodeRelativePath([PLACEHOLDER_ROOT, 'artifact', ...location.name.split('/')]);
  }
}

/**
 * Percent-encodes each segment, so that spaces, `#`, `?`, `%` and a colon in the first segment (which would
 * read as a URI scheme) cannot turn a path into something else. Empty and `.` segments are dropped. Half
 * a surrogate pair (a cloud resource id or an image name read from JSON may hold one) is encoded as the
 * replacement character instead of failing the whole log.
 */
export function encodeRelativePath(segments: string[]): string {
  return segments
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join('/');
}

const PLACEHOLDER_REGION: SarifRegion = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

function regionOf(location: Location): SarifRegion {
  return location.kind === 'file' ? sarifRegion(location.range) : { ...PLACEHOLDER_REGION };
}

/** SARIF regions are 1-based, with an exclusive end column like ours; clamp what a buggy producer may send. */
export function sarifRegion(range: SourceRange): SarifRegion {
  const startLine = positive(range.startLine);
  const startColumn = positive(range.startColumn);
  const endLine = Math.max(startLine, positive(range.endLine));
  const endColumn =
    endLine === startLine ? Math.max(startColumn, positive(range.endColumn)) : positive(range.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function positive(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

export function toSarifFix(fix: Fix): SarifFix | undefined {
  const byPath = new Map<string, SarifArtifactChange>();
  for (const edit of fix.edits) {
    const uri = encodeRelativePath(edit.path.split('/'));
    if (!uri) continue;
    let change = byPath.get(uri);
    if (!change) {
      change = { artifactLocation: { uri, uriBaseId: SRCROOT }, replacements: [] };
      byPath.set(uri, change);
    }
    change.replacements.push({
      deletedRegion: sarifRegion(edit.range),
      insertedContent: { text: edit.replacement },
    });
  }
  if (byPath.size === 0) return undefined;
  return { description: { text: fix.description }, artifactChanges: [...byPath.values()] };
}

/** A notice's file and line, when it has them. */
export function noticeLocation(
  path: string | undefined,
  line: number | undefined,
  column: number | undefined,
): SarifLocation[] {
  if (!path) return [];
  const uri = encodeRelativePath(path.split('/'));
  if (!uri) return [];
  const region =
    line === undefined
      ? undefined
      : sarifRegion({ startLine: line, startColumn: column ?? 1, endLine: line, endColumn: column ?? 1 });
  return [
    { physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, ...(region ? { region } : {}) } },
  ];
}
