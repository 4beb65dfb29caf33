import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors';
import { runImagePipeline, type ImageSource } from '../../scanners/image/image-pipeline';
import { parseBaseImageUpdates } from '../../scanners/image/base-image-updates';
import { resolveScanSettings } from '../../scanners/image/scan-settings';
import { parseImageRef, splitList, type ScanTarget } from '../../scanners/image/trivy-args';
import { normaliseTrivyVersion } from '../../scanners/image/trivy-versions';
import { emitReport, failOnOption, parseFormat } from '../report-output';

const OPTIONS = {
  input: { type: 'string', multiple: true },
  'trivy-report': { type: 'string', multiple: true },
  image: { type: 'string' },
  dockerfile: { type: 'string', multiple: true },
  'base-image-update': { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  category: { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  root: { type: 'string' },
  severity: { type: 'string' },
  'ignore-unfixed': { type: 'boolean' },
  scanners: { type: 'string' },
  trivyignore: { type: 'string' },
  vex: { type: 'string' },
  'db-repository': { type: 'string' },
  'java-db-repository': { type: 'string' },
  timeout: { type: 'string' },
  'cache-dir': { type: 'string' },
  'trivy-version': { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** The image command's work, loaded only when the command runs. */
export async function runImage(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const format = parseFormat(values.format);
  const root = path.resolve(values.root ?? process.cwd());
  const { report, config } = await runImagePipeline(imageSource(values, positionals, root), {
    repoRoot: root,
    ...(values.config ? { configPath: values.config } : {}),
    ...(values.baseline !== undefined ? { baselinePath: values.baseline } : {}),
  });
  return emitReport(report, {
    format,
    output: values.output,
    failOn: failOnOption(values['fail-on'], config.failOn),
    category: values.category,
  });
}

/** Either images to scan (references and tarballs) or reports to convert, never both. */
function imageSource(values: Values, positionals: string[], root: string): ImageSource {
  const reports = values['trivy-report'] ?? [];
  const targets: ScanTarget[] = [
    ...positionals.map((ref): ScanTarget => ({ kind: 'image', ref: parseImageRef(ref) })),
    ...(values.input ?? []).map((file): ScanTarget => ({ kind: 'input', file: existing(file) })),
  ];
  if (reports.length > 0 && targets.length > 0) {
    throw new UserError(
      '--trivy-report converts reports made elsewhere; it cannot be combined with images to scan',
      'Run two commands.',
    );
  }
  if (reports.length === 0 && targets.length === 0) {
    throw new UserError(
      'nothing to scan',
      'Name an image, or pass --input <image.tar> or --trivy-report <report.json>.',
    );
  }
  const dockerfiles = (values.dockerfile ?? []).map((file) => path.relative(root, path.resolve(file)));
  const baseImageUpdates = parseBaseImageUpdates(splitList((values['base-image-update'] ?? []).join('\n')));
  if (reports.length > 0) {
    return {
      kind: 'reports',
      files: reports.map(existing),
      dockerfiles,
      baseImageUpdates,
      ...(values.image ? { image: values.image } : {}),
    };
  }
  return {
    kind: 'scan',
    options: {
      targets,
      dockerfiles,
      baseImageUpdates,
      trivyVersion: normaliseTrivyVersion(values['trivy-version']),
      settings: resolveScanSettings(
        {
          severity: values.severity,
          ignoreUnfixed: values['ignore-unfixed'] ?? false,
          scanners: values.scanners,
          trivyignore: values.trivyignore,
          vex: values.vex,
          dbRepository: values['db-repository'],
          javaDbRepository: values['java-db-repository'],
          timeout: values.timeout,
          cacheDir: values['cache-dir'],
        },
        root,
      ),
      log: (line) => process.stderr.write(`${line}\n`),
      logStream: process.stderr,
    },
  };
}

function existing(file: string): string {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new UserError(`${file} does not exist`);
  return absolute;
}
