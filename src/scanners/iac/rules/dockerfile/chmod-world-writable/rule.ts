import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, flagValue, ofKeyword } from '../../../formats/dockerfile/docker-stages';
import { subcommand } from '../../../formats/dockerfile/shell-commands';
import { flagRun, programName, runCommands } from '../shared/run-commands';

/**
 * Whether a chmod mode lets everyone write: octal with the "others" write bit (777, 0666), or a symbolic
 * clause that adds write for others or all (`o+w`, `a+rwx`). Sticky-bit modes (1777, as for /tmp) are fine.
 */
export function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
    return !sticky && (Number(mode[mode.length - 1]) & 2) === 2;
  }
  return mode.split(',').some((clause) => {
    const match = /^([ugoa]*)[+=]([rwxXst]*)$/.exec(clause);
    return !!match && /[oa]/.test(match[1]!) && match[2]!.includes('w') && !match[2]!.includes('t');
  });
}

const rule: IacRule = {
  meta: {
    id: 'docker-chmod-world-writable',
    title: 'Files in the image are made world-writable',
    severity: 'medium',
    description:
      '`chmod 777` (or `--chmod=777`) lets every user in the container, including a compromised unprivileged process, replace those files: binaries, scripts or configuration the application trusts become a way to run code or escalate.',
    remediation:
      'Give ownership to the user that needs to write (`COPY --chown=app:app`, `chown`) and use the narrowest mode that works, e.g. 755 for directories and programs, 644 for files, 700/600 when only the owner needs access.',
    links: ['https://docs.docker.com/reference/dockerfile/#copy---chown---chmod'],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'workload',
    compliance: { 'nist-800-53-r5': ['AC-3', 'AC-6'] },
    aliases: [],
  },
  check(model) {
    const fromRun = runCommands(model).flatMap((run) => {
      if (programName(run.program) !== 'chmod') return [];
      const mode = subcommand(run.program, ['--reference']);
      if (mode === undefined || !worldWritable(mode)) return [];
      return [flagRun(run, `RUN chmod ${mode} makes files writable by every user`)];
    });
    const fromCopy = dockerStages(model).flatMap((stage) =>
      ofKeyword(stage, 'COPY', 'ADD').flatMap((instruction) => {
        const mode = flagValue(instruction, 'chmod');
        if (typeof mode !== 'string' || !worldWritable(mode)) return [];
        return [
          flag(
            stage.resource,
            instruction.node,
            `${instruction.keyword} --chmod=${mode} makes files writable by every user`,
          ),
        ];
      }),
    );
    return [...fromRun, ...fromCopy];
  },
};

export default rule;
