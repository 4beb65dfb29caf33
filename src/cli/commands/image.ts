import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors';
import { runImagePipeline, type ImageSource } from '../../scanners/image/image-pipeline';
import { parseBaseImageUpdates } from '../../scanners/image/base-image-updates';
import { resolveScanSettings } from '../../scanners/image/scan-settings';
import { parseImageRef, splitList, type ScanTarget } from '../../scanners/image/trivy-args';
import { normaliseTrivyVersion } from '../../scanners/image/trivy-versions';
import type { Command } from '../command';
import { emitReport, failOnOption, parseFormat } from '../report-output';

const usage = `Usage: cloudgate image <image-ref>... [options]
       cloudgate image --input <image.tar> [options]
       cloudgate image --trivy-report <report.json> [options]

Scans container images with Trivy (downloaded and verified when the pinned version is not on PATH) and
reports their vulnerabilities, secrets, misconfigurations and licences as cloudgate findings, anchored on
the Dockerfile and lockfile lines they come from.

Options:
  --input <file>                        scan an image tarball (docker save) instead of a reference; repeatable
  --trivy-report <file>                 convert a Trivy JSON report made elsewhere, without running Trivy; repeatable
  --image <name>                        with --trivy-report: the image name to show (default: the report's)
  --dockerfile <file>                   the Dockerfile the image was built from (default: ./Dockerfile when present)
  --base-image-update <from=to>         a newer base image known to carry the fixes, e.g. alpine:3.19.1=alpine:3.19.4
  --format <table|json|sarif|markdown>  output format (default: table)
  --output <file>                       write the report to a file instead of standard output
  --fail-on <severity|none>             exit 1 when a finding at or above it remains (default: high, or the config's failOn)
  --category <name>                     SARIF category (default: cloudgate)
  --config <file>                       configuration file (default: .cloudgate.yml in the root)
  --baseline <file>                     accept the findings recorded in this baseline
  --root <dir>                          repository root that paths are relative to (default: the current folder)
  --severity <list>                     Trivy severities to report (default: all)
  --ignore-unfixed                      leave out vulnerabilities without a fixed version
  --scanners <list>                     vuln, secret, misconfig, license (default: vuln,secret)
  --trivyignore <file>                  .trivyignore or .trivyignore.yaml (default: either one in the root)
  --vex <list>                          VEX documents (files) or sources (repo, oci, sbom-ref)
  --db-repository <list>                vulnerability DB registries, tried in order (default: public mirrors, then ghcr.io)
  --java-db-repository <list>           Java DB registries, likewise
  --timeout <duration>                  Trivy's timeout, e.g. 15m
  --cache-dir <dir>                     Trivy's cache folder (default: Trivy's own)
  --trivy-version <version>             Trivy release to run (default: the pinned one)`;

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

export const imageCommand: Command = {
  name: 'image',
  summary: 'scan container images with Trivy, or convert a Trivy report',
  usage,
  async run(argv) {
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
  },
};

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
