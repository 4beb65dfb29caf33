import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors';
import { EXIT, type Command } from '../command';
import { writeOutput } from '../output';
import { renderRuleCatalog } from '../rule-catalog-markdown';

const usage = `Usage: cloudgate rules [--format table|json|markdown] [--output <file>] [--platform <name>] [--scanner <name>]

Lists every rule with its metadata: severity, scanner (iac, image, audit), platform, compliance mappings and
the equivalent ids of other tools.`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rules and their metadata',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'table' },
        output: { type: 'string' },
        platform: { type: 'string' },
        scanner: { type: 'string' },
      },
    });
    // Loaded here: the catalog holds every audit check, which other commands need not load.
    const { ruleCatalog } = await import('../../pipeline/rule-catalog.js');
    const rules = ruleCatalog().filter(
      (rule) =>
        (!values.platform || rule.platform === values.platform) &&
        (!values.scanner || rule.scanner === values.scanner),
    );
    switch (values.format) {
      case 'json':
        writeOutput(`${JSON.stringify({ schema: 'cloudgate.rules/v1', rules }, null, 2)}\n`, values.output);
        break;
      case 'markdown':
        writeOutput(renderRuleCatalog(rules), values.output);
        break;
      case 'table':
        writeOutput(
          rules.map((rule) => `${rule.id.padEnd(48)} ${rule.severity.padEnd(9)} ${rule.title}`).join('\n'),
          values.output,
        );
        break;
      default:
        throw new UserError(`unknown format "${values.format}"`, 'Use table, json or markdown.');
    }
    return EXIT.passed;
  },
};
