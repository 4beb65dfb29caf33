import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the stand-in does on its next scan (it always answers `--version`). */
export interface StandInBehaviour {
  /** Copied to the --output file. */
  report?: string;
  stderr?: string;
  exitCode?: number;
  /** Kill itself instead of exiting. */
  signal?: 'SIGKILL';
}

/**
 * A test double for Trivy: a small node script named `trivy` that records its arguments, writes a
 * recorded report to the --output file and mimics Trivy's stderr and exit codes.
 */
export class StandInTrivy {
  readonly bin: string;
  private readonly config: string;
  private readonly calls: string;

  constructor(dir: string, version = '0.75.0') {
    this.bin = path.join(dir, 'bin');
    mkdirSync(this.bin, { recursive: true });
    this.config = path.join(dir, 'behaviour.json');
    this.calls = path.join(dir, 'calls.jsonl');
    const script = path.join(this.bin, 'trivy');
    writeFileSync(
      script,
      `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
if (args[0] === '--version') { console.log('Version: ${version}'); process.exit(0); }
fs.appendFileSync(${JSON.stringify(this.calls)}, JSON.stringify(args) + '\\n');
const behaviour = JSON.parse(fs.readFileSync(${JSON.stringify(this.config)}, 'utf8'));
if (behaviour.stderr) process.stderr.write(behaviour.stderr);
const output = args[args.indexOf('--output') + 1];
if (behaviour.report && output) fs.copyFileSync(behaviour.report, output);
if (behaviour.signal) process.kill(process.pid, behaviour.signal);
process.exit(behaviour.exitCode ?? 0);
`,
    );
    chmodSync(script, 0o755);
    this.behave({});
  }

  behave(behaviour: StandInBehaviour): void {
    writeFileSync(this.config, JSON.stringify(behaviour));
  }

  /** The argument lists of the scans run so far. */
  invocations(): string[][] {
    if (!existsSync(this.calls)) return [];
    return readFileSync(this.calls, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as string[]);
  }
}
