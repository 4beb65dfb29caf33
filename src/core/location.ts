/** A position in a text file; lines and columns are 1-based, the end column is exclusive. */
export interface SourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface FileLocation {
  kind: 'file';
  /** Relative to the scan root, with forward slashes. */
  path: string;
  range: SourceRange;
}

/** A live cloud resource, for audits. */
export interface CloudLocation {
  kind: 'cloud';
  provider: 'aws' | 'azure' | 'gcp';
  account: string;
  region?: string;
  resourceId: string;
}

/** An image or other artifact that is not a file in the repository. */
export interface ArtifactLocation {
  kind: 'artifact';
  name: string;
  /** Where inside the artifact, e.g. a package path in an image layer. */
  detail?: string;
}

export type Location = FileLocation | CloudLocation | ArtifactLocation;

export function lineRange(line: number, startColumn = 1, endColumn = startColumn): SourceRange {
  return { startLine: line, startColumn, endLine: line, endColumn };
}

export function describeLocation(location: Location): string {
  switch (location.kind) {
    case 'file':
      return `${location.path}:${location.range.startLine}:${location.range.startColumn}`;
    case 'cloud':
      return [location.provider, location.account, location.region, location.resourceId]
        .filter(Boolean)
        .join('/');
    case 'artifact':
      return location.detail ? `${location.name} (${location.detail})` : location.name;
  }
}
