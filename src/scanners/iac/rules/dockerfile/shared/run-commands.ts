import type { Violation } from '../../../../../core/engine';
import type { IacModel } from '../../../model/iac-model';
import { flag } from '../../../model/violation';
import {
  dockerStages,
  lineNode,
  ofKeyword,
  runScript,
  type DockerInstruction,
  type DockerStage,
} from '../../../formats/dockerfile/docker-stages';
import { programWords, shellCommands, type ShellCommand } from '../../../formats/dockerfile/shell-commands';

/** One simple command of a RUN, with the program first and the line it is written on. */
export interface RunCommand {
  stage: DockerStage;
  instruction: DockerInstruction;
  command: ShellCommand;
  /** From the program on, wrappers such as `sudo` and `env` skipped. */
  program: string[];
  /** The other commands of the same RUN, for rules that look for a companion (a cleanup, a checksum). */
  siblings: ShellCommand[];
  /** Index of `command` in `siblings`. */
  position: number;
  line: number;
}

/** Every command of every RUN (heredoc scripts included) of the stages the filter keeps. */
export function runCommands(
  model: IacModel,
  keep: (stage: DockerStage) => boolean = () => true,
): RunCommand[] {
  const result: RunCommand[] = [];
  for (const stage of dockerStages(model)) {
    if (!keep(stage)) continue;
    for (const instruction of ofKeyword(stage, 'RUN')) {
      const script = runScript(instruction);
      const commands = shellCommands(script.text);
      for (const [position, command] of commands.entries()) {
        result.push({
          position,
          stage,
          instruction,
          command,
          program: programWords(command),
          siblings: commands,
          line: script.lineAt(command.start),
        });
      }
    }
  }
  return result;
}

/** `apt-get`, `/usr/bin/apt-get` and `sh)` (closing a subshell) compare by their plain name. */
export function programName(words: readonly string[]): string {
  const first = words[0] ?? '';
  return first.slice(first.lastIndexOf('/') + 1).replace(/^[`(]+|[`)]+$/g, '');
}

/** A finding on the line the command is written on, which may be a continuation line of its RUN. */
export function flagRun(run: RunCommand, message: string): Violation {
  return flag(run.stage.resource, lineNode(run.line), message);
}
