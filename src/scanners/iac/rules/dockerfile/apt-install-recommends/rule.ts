import type { IacRule } from '../../../model/violation';
import { flagRun, runCommands } from '../shared/run-commands';
import { isInstall, packageCommand } from '../shared/package-managers';

const rule: IacRule = {
  meta: {
    id: 'docker-apt-install-recommends',
    title: 'apt-get install also installs recommended packages',
    severity: 'low',
    description:
      'By default apt installs every package the requested ones merely recommend. The image grows, and so does its attack surface: more binaries, more libraries, more vulnerabilities to patch, none of which the application asked for.',
    remediation:
      'Add `--no-install-recommends` to `apt-get install`, and name the extra packages you really need explicitly.',
    links: ['https://docs.docker.com/build/building/best-practices/#apt-get'],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'workload',
    compliance: { 'cis-docker-1.6': ['4.3'], 'nist-800-53-r5': ['CM-7'] },
    aliases: ['AVD-DS-0029', 'DS029'],
  },
  check(model) {
    return runCommands(model, (stage) => stage.ships).flatMap((run) => {
      const command = packageCommand(run.program);
      if (!command || command.manager !== 'apt' || !isInstall(command)) return [];
      const words = run.program.join(' ');
      if (/--no-install-recommends\b|Install-Recommends=(false|0)\b/i.test(words)) return [];
      return [flagRun(run, `${command.tool} install runs without --no-install-recommends`)];
    });
  },
};

export default rule;
