import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SarifLog } from '../../../src/core/reporters/sarif';

const MULTITOOL = path.resolve(
  __dirname,
  '../../../node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool',
);

export interface ValidatorMessage {
  ruleId: string;
  level: string;
  text: string;
}

/**
 * Runs Microsoft's SARIF validator (`validate --rule-kind "Gh;Sarif"`: the SARIF specification rules and
 * GitHub's ingestion rules) on a log and returns what it reported.
 */
export function validateSarif(log: SarifLog): ValidatorMessage[] {
  if (!existsSync(MULTITOOL))
    throw new Error(`the SARIF multitool is not installed at ${MULTITOOL}; run npm ci`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-sarif-'));
  const input = path.join(dir, 'input.sarif');
  const output = path.join(dir, 'validation.sarif');
  writeFileSync(input, JSON.stringify(log, null, 2));
  try {
    execFileSync(
      MULTITOOL,
      ['validate', input, '--rule-kind', 'Gh;Sarif', '--log', 'ForceOverwrite', '--output', output],
      {
        // The tool needs ICU for culture data unless told to run without it.
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
  } catch (error) {
    // It exits non-zero when it finds errors; the output file says which.
    if (!existsSync(output)) throw error;
  }
  const validation = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: {
      results?: {
        ruleId: string;
        level?: string;
        message: { text?: string; id?: string; arguments?: string[] };
      }[];
    }[];
  };
  return validation.runs.flatMap((run) =>
    (run.results ?? []).map((result) => ({
      ruleId: result.ruleId,
      level: result.level ?? 'warning',
      text:
        result.message.text ?? `${result.message.id ?? ''} ${(result.message.arguments ?? []).join(' | ')}`,
    })),
  );
}
