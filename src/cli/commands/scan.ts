import { parseArgs } from 'node:util';
import { runIacPipeline } from '../../pipeline/iac-pipeline';
import { parseShard } from '../../pipeline/shard';
import type { Command } from '../command';
import { emitReport, failOnOption, parseFormat } from '../report-output';
import { resolveScanRoot } from '../scan-root';

const usage = `Usage: cloudgate scan [paths...] [options]

Scans infrastructure as code (Kubernetes, Terraform, CloudFormation, ARM, Dockerfiles, GitHub Actions workflows).

Options:
  --format <table|json|sarif|markdown>  output format (default: table)
  --output <file>                       write the report to a file instead of standard output
  --fail-on <severity|none>             exit 1 when a finding at or above it remains (default: high, or the config's failOn)
  --config <file>                       configuration file (default: .cloudgate.yml in the scan root)
  --baseline <file>                     accept the findings recorded in this baseline
  --root <dir>                          scan root that paths in the report are relative to (default: the current folder)
  --shard <i/n>                         scan only the i-th of n deterministic shards of the folders
  --category <name>                     SARIF category (default: cloudgate)
  --var-file <file>                     Terraform variables file, applied after terraform.tfvars and *.auto.tfvars (repeatable)`;

export const scanCommand: Command = {
  name: 'scan',
  summary: 'check infrastructure-as-code files against security policy',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        root: { type: 'string' },
        shard: { type: 'string' },
        category: { type: 'string' },
        'var-file': { type: 'string', multiple: true },
      },
    });
    const format = parseFormat(values.format);
    const { root, paths } = resolveScanRoot(values.root, positionals);
    const { report, config } = runIacPipeline({
      root,
      paths,
      configPath: values.config,
      baselinePath: values.baseline,
      varFiles: values['var-file'],
      ...(values.shard ? { shard: parseShard(values.shard) } : {}),
    });
    return emitReport(report, {
      format,
      output: values.output,
      failOn: failOnOption(values['fail-on'], config.failOn),
      category: values.category,
    });
  },
};
