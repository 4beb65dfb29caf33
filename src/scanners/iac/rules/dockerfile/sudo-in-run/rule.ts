import type { IacRule } from '../../../model/violation';
import { baseName } from '../../../formats/dockerfile/shell-commands';
import { flagRun, runCommands } from '../shared/run-commands';

const rule: IacRule = {
  meta: {
    id: 'docker-sudo-in-run',
    title: 'RUN uses sudo',
    severity: 'medium',
    description:
      'sudo in a Dockerfile means the image ships sudo and a user allowed to use it, which turns any compromise of the application into root. Its TTY and signal handling also make builds and containers behave unpredictably.',
    remediation:
      'Run the privileged steps as root before the final `USER` instruction instead of through sudo, and do not install sudo in the image; use `gosu` or `su-exec` if an entrypoint must drop privileges.',
    links: ['https://docs.docker.com/build/building/best-practices/#user'],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'workload',
    compliance: { 'nist-800-53-r5': ['AC-6'] },
    aliases: ['AVD-DS-0010', 'DS010'],
  },
  check(model) {
    return runCommands(model).flatMap((run) => {
      const program = run.command.words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
      if (program === undefined || baseName(program) !== 'sudo') return [];
      return [flagRun(run, `RUN calls sudo (${run.command.words.slice(0, 4).join(' ')})`)];
    });
  },
};

export default rule;
