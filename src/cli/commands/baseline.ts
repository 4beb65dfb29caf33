import { parseArgs } from 'node:util';
import path from 'node:path';
import { createBaseline, writeBaseline } from '../../core/baseline';
import { runIacPipeline } from '../../pipeline/iac-pipeline';
import { EXIT, type Command } from '../command';
import { resolveScanRoot } from '../scan-root';

const DEFAULT_BASELINE = '.cloudgate-baseline.json';

const usage = `Usage: cloudgate baseline [paths...] [--output <file>] [--config <file>] [--root <dir>]

Scans like "cloudgate scan" and records every current finding in a baseline file (default:
${DEFAULT_BASELINE} in the scan root). Later scans given --baseline (or "baseline:" in .cloudgate.yml)
accept those findings and gate only on new ones.`;

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'record the current findings so that only new ones fail the gate',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { output: { type: 'string' }, config: { type: 'string' }, root: { type: 'string' } },
    });
    const { root, paths } = resolveScanRoot(values.root, positionals);
    // An existing baseline must not hide the findings being recorded.
    const { report } = runIacPipeline({ root, paths, configPath: values.config, baselinePath: '' });
    const output = values.output ?? path.join(root, DEFAULT_BASELINE);
    const baseline = createBaseline(report);
    writeBaseline(output, baseline);
    process.stderr.write(`Recorded ${baseline.findings.length} findings in ${output}\n`);
    return EXIT.passed;
  },
};
