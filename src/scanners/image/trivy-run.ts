import type { Writable } from 'node:stream';
import { existsSync, statSync } from 'node:fs';
import * as exec from '@actions/exec';
import { UserError } from '../../core/errors';
import { readTrivyReport, type ParsedTrivyReport } from './parse-trivy-report';
import { trivyFailure } from './trivy-errors';

export interface TrivyRunOptions {
  binary: string;
  args: string[];
  /** The --output file named in args. */
  outputFile: string;
  /** For messages: the image reference or tarball. */
  what: string;
  /** The environment Trivy runs in; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Where Trivy's own log lines go; stdout stays free for cloudgate's report. */
  logStream?: Writable;
  quiet?: boolean;
}

/** Enough of stderr to diagnose a failure without holding a runaway log in memory. */
const STDERR_TAIL_BYTES = 64 * 1024;

/**
 * Runs Trivy and reads its JSON report from the output file. Trivy's exit code only says whether the
 * run worked (cloudgate never passes --exit-code: it exits 1 on fatal errors too); findings are judged
 * by cloudgate's gate.
 */
export async function runTrivy(options: TrivyRunOptions): Promise<ParsedTrivyReport> {
  let stderr = '';
  const stream = options.logStream ?? process.stderr;
  let exitCode: number | null;
  try {
    exitCode = await exec.exec(options.binary, options.args, {
      ignoreReturnCode: true,
      silent: options.quiet ?? false,
      outStream: stream,
      errStream: stream,
      env: { ...definedOnly(options.env ?? process.env), ...quietTrivyEnv() },
      listeners: {
        stderr: (data: Buffer) => {
          stderr = (stderr + data.toString('utf8')).slice(-STDERR_TAIL_BYTES);
        },
      },
    });
  } catch (error) {
    throw new UserError(
      `cannot run Trivy (${options.binary}): ${(error as Error).message}`,
      'Check that the file exists and is executable.',
    );
  }
  if (exitCode !== 0) throw trivyFailure(options.what, exitCode ?? null, stderr);
  if (!existsSync(options.outputFile) || statSync(options.outputFile).size === 0) {
    throw new UserError(
      `Trivy finished scanning ${options.what} but wrote no report to ${options.outputFile}`,
      'A wrapper script or a trivy.yaml with its own output setting may be overriding --output; run Trivy without them.',
    );
  }
  return readTrivyReport(options.outputFile, `Trivy's report for ${options.what}`);
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * Older Trivy versions ignore variables they do not know, unlike flags. A TRIVY_EXIT_CODE left in the
 * environment would make findings look like a failed run, so it is reset.
 */
function quietTrivyEnv(): Record<string, string> {
  return { TRIVY_DISABLE_TELEMETRY: 'true', TRIVY_SKIP_VERSION_CHECK: 'true', TRIVY_EXIT_CODE: '0' };
}
