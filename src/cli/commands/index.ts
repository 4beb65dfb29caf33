import type { Command } from '../command';
import { auditCommand } from './audit';
import { baselineCommand } from './baseline';
import { imageCommand } from './image';
import { rulesCommand } from './rules';
import { scanCommand } from './scan';

export const COMMANDS: readonly Command[] = [
  scanCommand,
  imageCommand,
  auditCommand,
  baselineCommand,
  rulesCommand,
];
