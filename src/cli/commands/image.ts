import type { Command } from '../command';

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

export const imageCommand: Command = {
  name: 'image',
  summary: 'scan container images with Trivy, or convert a Trivy report',
  usage,
  // Loaded on demand: the image command's dependencies would slow every other command's start.
  run: async (argv) => (await import('./image-run.js')).runImage(argv),
};
