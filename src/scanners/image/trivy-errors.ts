import { UserError } from '../../core/errors';

const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#troubleshooting';

interface KnownFailure {
  test: RegExp;
  /** Extra condition on the whole text, when the same symptom means different things. */
  also?: RegExp;
  hint: string;
}

/** Known Trivy failures and what to do about them; the first match wins, so specific ones come first. */
const KNOWN: KnownFailure[] = [
  {
    test: /TOOMANYREQUESTS|429 Too Many Requests/i,
    also: /trivy-(java-)?db|vulnerability DB|java DB|DB error/i,
    hint: 'The registry serving the vulnerability database is rate limiting this runner (ghcr.io has a global quota). Set the db-repository and java-db-repository inputs (CLI: --db-repository, --java-db-repository) to mirrors, for example public.ecr.aws/aquasecurity/trivy-db:2 and public.ecr.aws/aquasecurity/trivy-java-db:1, and keep the DB cache step so most runs download nothing.',
  },
  {
    test: /TOOMANYREQUESTS|pull rate limit|429 Too Many Requests/i,
    hint: 'The registry of the image is rate limiting pulls. Log in to it before the scan (docker/login-action, or TRIVY_USERNAME and TRIVY_PASSWORD), build and scan in the same job so the image is local, or scan a tarball with the input input.',
  },
  {
    test: /cannot be specified on the first run/i,
    hint: 'The vulnerability database is not cached yet; cloudgate only skips the update when a cached DB exists, so the cache folder was changed or removed during the run. Re-run the job.',
  },
  {
    test: /unknown (shorthand )?flag/i,
    hint: 'This Trivy version does not know a flag cloudgate passes. Use the default trivy-version, or at least 0.58.',
  },
  {
    test: /MANIFEST_UNKNOWN|manifest unknown|No such image|unable to find the specified image|name unknown|repository does not exist/i,
    hint: 'The image was not found. Check the reference and tag, build it earlier in the same job (with load: true for docker/build-push-action), or pass a tarball from `docker save` with the input input.',
  },
  {
    test: /DENIED|UNAUTHORIZED|authentication required|401 Unauthorized/i,
    also: /ghcr\.io\/aquasecurity|trivy-(java-)?db/i,
    hint: 'ghcr.io refused the database download, usually because of an expired ghcr.io login on the runner. Run `docker logout ghcr.io`, or set db-repository to a mirror such as mirror.gcr.io/aquasec/trivy-db:2.',
  },
  {
    test: /DENIED|UNAUTHORIZED|authentication required|401 Unauthorized|403 Forbidden/i,
    hint: 'The registry refused to serve the image. Log in before the scan (docker/login-action, or TRIVY_USERNAME and TRIVY_PASSWORD); for ghcr.io the job needs packages: read.',
  },
  {
    test: /cache may be in use by another process/i,
    hint: 'Another Trivy run holds the cache lock. Run image scans one after another, or give each parallel job its own cache folder.',
  },
  {
    test: /context deadline exceeded|timeout/i,
    hint: 'Trivy ran out of time. Raise the timeout input (for example 15m; Java-heavy images need it), or narrow the scanners input.',
  },
  {
    test: /no space left on device/i,
    hint: 'The runner ran out of disk. Remove images you no longer need (docker image prune) before the scan, or scan a tarball.',
  },
  {
    test: /ignore ?file|\.trivyignore/i,
    hint: 'Trivy could not read the ignore file. Check the trivyignore input points at a .trivyignore or .trivyignore.yaml file in the repository.',
  },
  {
    test: /\bvex\b/i,
    hint: 'Trivy could not use a VEX document. Check the vex input: a file path (OpenVEX, CycloneDX or CSAF), "repo", "oci" or "sbom-ref".',
  },
];

const CRASH = /^panic: |goroutine \d+ \[|SIGSEGV|fatal error: /m;

export function hintFor(stderr: string): string | undefined {
  for (const known of KNOWN) {
    if (known.test.test(stderr) && (!known.also || known.also.test(stderr))) return known.hint;
  }
  return undefined;
}

/** Trivy logs `... FATAL  Fatal error  <cause>`; that line says more than the last one. */
export function failureSummary(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const fatal = [...lines].reverse().find((line) => /\bFATAL\b|Fatal error|^panic: /.test(line));
  const summary = fatal ?? lines.at(-1) ?? 'no error output';
  return summary.length > 600 ? `${summary.slice(0, 600)}…` : summary;
}

export function trivyFailure(what: string, exitCode: number | null, stderr: string): UserError {
  const how = exitCode === null ? 'was killed by a signal' : `failed with exit code ${exitCode}`;
  if (CRASH.test(stderr)) {
    return new UserError(
      `Trivy crashed while scanning ${what} (${how}): ${failureSummary(stderr)}`,
      'This is a bug in Trivy, not in the image. Re-run once; if it persists, report it to https://github.com/aquasecurity/trivy/issues with the trace above, and try another pinned trivy-version.',
      DOCS,
    );
  }
  return new UserError(
    `Trivy ${how} while scanning ${what}: ${failureSummary(stderr)}`,
    hintFor(stderr) ??
      "Trivy's own output above says why. cloudgate does not use Trivy's exit code for findings, so a failure is always an error of the run.",
    DOCS,
  );
}
