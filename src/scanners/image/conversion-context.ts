import path from 'node:path';
import type { Location } from '../../core/location';
import type { ParsedDockerfile } from './image-dockerfile';
import { LayerAttribution } from './layer-attribution';
import { lockfileAnchor } from './lockfile-anchors';
import type { RepoFiles } from './repo-files';
import type { TrivyReport, TrivyResult, TrivyVulnerability } from './trivy-report-types';

export interface ConversionContext {
  /** What the user scanned, for messages: `ghcr.io/acme/api:pr-12`, `image.tar`. */
  image: string;
  /** Stable across runs (no tag, digest or temporary path), for fingerprints. */
  imageKey: string;
  files: RepoFiles;
  dockerfile?: ParsedDockerfile;
  layers?: LayerAttribution;
  /** FROM image as written -> a newer reference known to carry the fixes. */
  baseImageUpdates: Record<string, string>;
}

export type Anchor =
  | { kind: 'lockfile'; location: Location }
  | { kind: 'run' | 'copy'; location: Location }
  /** `fromBase` when the history proves the layer came with the base image, not merely that no RUN matched. */
  | { kind: 'from'; location: Location; from: string; fromBase: boolean }
  | { kind: 'artifact'; location: Location };

export function createContext(
  report: TrivyReport,
  options: {
    image?: string;
    files: RepoFiles;
    dockerfile?: ParsedDockerfile;
    baseImageUpdates?: Record<string, string>;
  },
): ConversionContext {
  const image = options.image ?? report.Metadata?.Reference ?? report.ArtifactName ?? 'image';
  return {
    image,
    imageKey: stableImageKey(image),
    files: options.files,
    ...(options.dockerfile ? { dockerfile: options.dockerfile } : {}),
    // Layers, and so Dockerfile lines, only exist in an image; a repository scan has none.
    ...(options.dockerfile && isImageScan(report)
      ? { layers: new LayerAttribution(options.dockerfile, report.Metadata) }
      : {}),
    baseImageUpdates: options.baseImageUpdates ?? {},
  };
}

function isImageScan(report: TrivyReport): boolean {
  return report.ArtifactType === undefined || report.ArtifactType === 'container_image';
}

/** `ghcr.io/acme/api:pr-12@sha256:…` -> `ghcr.io/acme/api`; a tarball keeps only its file name. */
export function stableImageKey(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  if (/\.(tar|tar\.gz|tgz)$/i.test(withoutDigest)) {
    return path.basename(withoutDigest);
  }
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}

/**
 * Where a vulnerable package is best shown: its lockfile line in the repository, else the Dockerfile
 * line that put it in the image (a RUN, or the FROM of the base image), else the image itself.
 */
export function anchorVulnerability(
  context: ConversionContext,
  result: TrivyResult,
  vulnerability: TrivyVulnerability,
): Anchor {
  const dockerfile = context.dockerfile;
  if (result.Class === 'lang-pkgs') {
    const contextDir = dockerfile ? path.posix.dirname(dockerfile.path) : undefined;
    const lockfile = lockfileAnchor(result, vulnerability, context.files, contextDir);
    if (lockfile) return { kind: 'lockfile', location: { kind: 'file', ...lockfile } };
  }
  const origin = context.layers?.originOf(vulnerability.Layer?.DiffID);
  if (dockerfile && origin) {
    if (origin.kind === 'instruction') {
      const { instruction } = origin;
      const { startLine, endLine, endColumn } = instruction.range;
      return {
        kind: instruction.keyword === 'RUN' ? 'run' : 'copy',
        location: {
          kind: 'file',
          path: dockerfile.path,
          range: { startLine, startColumn: 1, endLine, endColumn },
        },
      };
    }
    const { stage } = origin;
    return {
      kind: 'from',
      fromBase: origin.kind === 'base',
      from: stage.image.written,
      location: { kind: 'file', path: dockerfile.path, range: stage.imageRange },
    };
  }
  const detail = [result.Target, vulnerability.PkgPath].filter(Boolean).join(': ');
  return {
    kind: 'artifact',
    location: { kind: 'artifact', name: context.imageKey, ...(detail ? { detail } : {}) },
  };
}
