import type { SourceRange } from '../../core/location';
import type { RepoFiles } from './repo-files';
import { normaliseRelative } from './repo-files';
import type { TrivyPackage, TrivyResult, TrivyVulnerability } from './trivy-report-types';

export interface FileAnchor {
  path: string;
  range: SourceRange;
}

/** The entry of `Packages[]` a vulnerability is about: pip packages have no ID, so the UID comes first. */
export function packageOf(result: TrivyResult, vulnerability: TrivyVulnerability): TrivyPackage | undefined {
  const packages = result.Packages ?? [];
  const uid = vulnerability.PkgIdentifier?.UID;
  const purl = vulnerability.PkgIdentifier?.PURL;
  return (
    (uid ? packages.find((pkg) => pkg.Identifier?.UID === uid) : undefined) ??
    (vulnerability.PkgID ? packages.find((pkg) => pkg.ID === vulnerability.PkgID) : undefined) ??
    (purl ? packages.find((pkg) => pkg.Identifier?.PURL === purl) : undefined) ??
    packages.find(
      (pkg) => pkg.Name === vulnerability.PkgName && pkg.Version === vulnerability.InstalledVersion,
    )
  );
}

/**
 * The lockfile line of a language package, when the lockfile Trivy read is also in the repository.
 * Inside an image the target is the path in the image (`usr/src/app/package-lock.json`), so shorter
 * and shorter tails of it are tried, first under the build context, and a candidate counts only when
 * the reported lines name the package: an image's own `package-lock.json` of a bundled tool never
 * lands on the repository's lockfile by accident.
 */
export function lockfileAnchor(
  result: TrivyResult,
  vulnerability: TrivyVulnerability,
  files: RepoFiles,
  contextDir: string | undefined,
): FileAnchor | undefined {
  const location = packageOf(result, vulnerability)?.Locations?.find(
    (candidate) => Number.isInteger(candidate.StartLine) && (candidate.StartLine ?? 0) > 0,
  );
  if (!location) return undefined;
  const startLine = location.StartLine!;
  const endLine = Math.max(startLine, Number.isInteger(location.EndLine) ? location.EndLine! : startLine);
  for (const candidate of candidatePaths(result.Target, contextDir)) {
    const lines = files.lines(candidate);
    if (!lines || endLine > lines.length) continue;
    const text = lines.slice(startLine - 1, Math.min(endLine, startLine + 50)).join('\n');
    if (!mentions(text, vulnerability.PkgName)) continue;
    const last = lines[endLine - 1] ?? '';
    return { path: candidate, range: { startLine, startColumn: 1, endLine, endColumn: last.length + 1 } };
  }
  return undefined;
}

export function candidatePaths(target: string, contextDir: string | undefined): string[] {
  const segments = target
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  const tails: string[] = [];
  for (let start = 0; start < segments.length; start++) tails.push(segments.slice(start).join('/'));
  const prefixes = contextDir && contextDir !== '.' ? [`${contextDir}/`, ''] : [''];
  const seen = new Set<string>();
  const candidates: string[] = [];
  for (const tail of tails) {
    for (const prefix of prefixes) {
      const candidate = normaliseRelative(`${prefix}${tail}`);
      if (candidate && !seen.has(candidate)) {
        seen.add(candidate);
        candidates.push(candidate);
      }
    }
  }
  return candidates;
}

/** Package names are compared the way registries fold them (pip: case, `-`, `_` and `.` are the same). */
function mentions(text: string, name: string): boolean {
  const fold = (value: string) => value.toLowerCase().replace(/[-_.]+/g, '-');
  return fold(text).includes(fold(name));
}
