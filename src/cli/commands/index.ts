import type { Command } from '../command';
import { baselineCommand } from './baseline';
import { rulesCommand } from './rules';
import { scanCommand } from './scan';

export const COMMANDS: readonly Command[] = [scanCommand, baselineCommand, rulesCommand];
