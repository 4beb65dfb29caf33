import type { IacRule } from '../../../model/violation';
import { flagRun, runCommands } from '../shared/run-commands';
import { packageCommand, type PackageCommand } from '../shared/package-managers';

/** Commands that upgrade every installed package rather than the ones named. */
function upgradesEverything(command: PackageCommand): boolean {
  const action = command.action ?? '';
  switch (command.manager) {
    case 'apt':
      return ['upgrade', 'dist-upgrade', 'full-upgrade', 'safe-upgrade'].includes(action);
    case 'apk':
      return action === 'upgrade' && command.operands.length === 0;
    case 'yum':
      return ['upgrade', 'update', 'distro-sync'].includes(action) && command.operands.length === 0;
    case 'zypper':
      return ['update', 'up', 'dist-upgrade', 'dup'].includes(action) && command.operands.length === 0;
  }
}

const rule: IacRule = {
  meta: {
    id: 'docker-package-upgrade',
    title: 'RUN upgrades every package of the base image',
    severity: 'info',
    description:
      "An unconditional upgrade makes the image depend on the day it was built rather than on the Dockerfile: two builds of the same commit differ, a major distribution upgrade can slip in, and the base image publisher's tested combination is lost.",
    remediation:
      'Rebuild on a newer, patched base image tag (pinned by digest) instead; if a fix is urgent, upgrade only the affected packages by name and version.',
    links: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/build/building/best-practices/#rebuild-your-images-often',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'supply-chain',
    compliance: { 'nist-800-53-r5': ['CM-2'] },
    aliases: ['AVD-DS-0024', 'DS024'],
  },
  check(model) {
    return runCommands(model).flatMap((run) => {
      const command = packageCommand(run.program);
      if (!command || !upgradesEverything(command)) return [];
      return [
        flagRun(run, `${command.tool} ${command.action} upgrades every installed package at build time`),
      ];
    });
  },
};

export default rule;
