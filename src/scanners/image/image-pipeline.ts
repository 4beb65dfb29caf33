import path from 'node:path';
import { applyFilters } from '../../core/apply-filters';
import { readBaseline } from '../../core/baseline';
import { loadConfig, resolveBaselinePath, type CloudgateConfig } from '../../core/config';
import type { Report } from '../../core/report';
import { reportFromTrivyFiles, scanImages, type ImageScanOptions } from './scan-image';

export interface ImagePipelineOptions {
  repoRoot: string;
  configPath?: string;
  /** Overrides the config's baseline; '' for none. */
  baselinePath?: string;
  today?: Date;
}

export type ImageSource =
  | { kind: 'scan'; options: Omit<ImageScanOptions, 'repoRoot'> }
  | {
      kind: 'reports';
      files: string[];
      image?: string;
      dockerfiles?: string[];
      baseImageUpdates?: Record<string, string>;
    };

export interface ImagePipelineResult {
  report: Report;
  config: CloudgateConfig;
}

/**
 * The image scan as users run it: Trivy (or its reports), then the config's severity overrides,
 * disabled rules and suppressions (`CVE-…` ids work through the rules' aliases) and the baseline.
 */
export async function runImagePipeline(
  source: ImageSource,
  options: ImagePipelineOptions,
): Promise<ImagePipelineResult> {
  const root = path.resolve(options.repoRoot);
  const loaded = loadConfig(root, options.configPath);
  const baselinePath = options.baselinePath ?? resolveBaselinePath(loaded);
  const baseline = baselinePath ? readBaseline(path.resolve(root, baselinePath)) : undefined;
  const raw =
    source.kind === 'scan'
      ? await scanImages({ ...source.options, repoRoot: root })
      : reportFromTrivyFiles(source.files, {
          repoRoot: root,
          ...(source.image ? { image: source.image } : {}),
          ...(source.dockerfiles ? { dockerfiles: source.dockerfiles } : {}),
          ...(source.baseImageUpdates ? { baseImageUpdates: source.baseImageUpdates } : {}),
        });
  // `rules.enable` picks IaC rules; advisories are not rules a user enables one by one.
  const config: CloudgateConfig = { ...loaded.config, rules: { disable: loaded.config.rules.disable } };
  const report = applyFilters(raw, {
    config,
    today: options.today ?? new Date(),
    ...(baseline ? { baseline } : {}),
    ...(baselinePath
      ? { baselineSource: path.relative(root, path.resolve(root, baselinePath)) || baselinePath }
      : {}),
  });
  return { report, config: loaded.config };
}
