import { subcommand } from '../../../formats/dockerfile/shell-commands';
import { programName } from './run-commands';

export type PackageManager = 'apt' | 'apk' | 'yum' | 'zypper';

const MANAGERS: Record<string, PackageManager> = {
  'apt-get': 'apt',
  apt: 'apt',
  aptitude: 'apt',
  apk: 'apk',
  yum: 'yum',
  dnf: 'yum',
  microdnf: 'yum',
  tdnf: 'yum',
  zypper: 'zypper',
};

/** Options of these tools that take a value, so the value is not mistaken for the subcommand. */
const OPTIONS_WITH_VALUE = [
  '-o',
  '-c',
  '-t',
  '--option',
  '--target-release',
  '-X',
  '--repository',
  '--root',
  '-p',
  '--setopt',
];

export interface PackageCommand {
  manager: PackageManager;
  tool: string;
  action: string | undefined;
  /** Package names and other non-option words after the action. */
  operands: string[];
}

export function packageCommand(program: readonly string[]): PackageCommand | undefined {
  const tool = programName(program);
  const manager = MANAGERS[tool];
  if (!manager) return undefined;
  const words = [...program];
  const action = subcommand(words, OPTIONS_WITH_VALUE);
  const after = action === undefined ? [] : words.slice(words.indexOf(action) + 1);
  return { manager, tool, action, operands: after.filter((word) => !word.startsWith('-')) };
}

export function isInstall(command: PackageCommand): boolean {
  return command.manager === 'apk'
    ? command.action === 'add'
    : command.action === 'install' || (command.manager === 'zypper' && command.action === 'in');
}
