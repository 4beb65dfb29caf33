import type { Command } from '../command';
import { baselineCommand } from './baseline';
import { imageCommand } from './image';
import { rulesCommand } from './rules';
import { scanCommand } from './scan';

export const COMMANDS: readonly Command[] = [scanCommand, imageCommand, baselineCommand, rulesCommand];
