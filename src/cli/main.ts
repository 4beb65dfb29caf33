import { UserError, describeUnexpected } from '../core/errors';
import { toolVersion } from '../core/report';
import { EXIT, type Command } from './command';
import { COMMANDS } from './commands/index';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${toolVersion()}\n`);
    return EXIT.passed;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview(COMMANDS));
    return name === undefined ? EXIT.error : EXIT.passed;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`cloudgate: unknown command "${name}"\n\n${overview(COMMANDS)}`);
    return EXIT.error;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return EXIT.passed;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`cloudgate ${command.name}: ${error.describe()}\n`);
    } else if (isParseArgsError(error)) {
      process.stderr.write(`cloudgate ${command.name}: ${(error as Error).message}\n\n${command.usage}\n`);
    } else {
      process.stderr.write(`cloudgate ${command.name}: ${describeUnexpected(error)}\n`);
    }
    return EXIT.error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('ERR_PARSE_ARGS');
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'cloudgate: security checks for infrastructure as code, container images and live cloud accounts',
    '',
    'Usage: cloudgate <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "cloudgate <command> --help" for the options of a command. Exit codes: 0 passed, 1 the gate failed,',
    '2 usage, configuration or internal error.',
    '',
  ].join('\n');
}
