import type { IacRule } from '../../../model/violation';
import { flagValues } from '../../../formats/dockerfile/docker-stages';
import { programWords } from '../../../formats/dockerfile/shell-commands';
import { flagRun, type RunCommand, runCommands } from '../shared/run-commands';
import { isInstall, packageCommand, type PackageManager } from '../shared/package-managers';

/** Where each package manager keeps what it downloaded. */
const CACHE_PATHS: Record<PackageManager, RegExp> = {
  apt: /^\/var\/lib\/apt\/lists/,
  apk: /^\/var\/cache\/apk/,
  yum: /^\/var\/cache\/(yum|dnf|libdnf5)/,
  zypper: /^\/var\/cache\/zypp/,
};

function cleanedUp(run: RunCommand, manager: PackageManager): boolean {
  if (
    flagValues(run.instruction, 'mount').some(
      (mount) => /type=cache/.test(mount) && CACHE_PATHS[manager].test(target(mount)),
    )
  ) {
    return true;
  }
  if (manager === 'apk' && run.program.includes('--no-cache')) return true;
  return run.siblings.some((sibling) => {
    const words = programWords(sibling);
    const command = packageCommand(words);
    if (command?.manager === manager && /^(clean|cc)$/.test(command.action ?? '')) return manager !== 'apt';
    return words[0] === 'rm' && words.some((word) => CACHE_PATHS[manager].test(word));
  });
}

function target(mount: string): string {
  return /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(mount)?.[1] ?? '';
}

const rule: IacRule = {
  meta: {
    id: 'docker-package-cache-kept',
    title: 'Package manager cache is left in the image',
    severity: 'info',
    description:
      'Package indexes and downloaded archives left behind by an install stay in the layer for good, even if a later RUN deletes them. The image is larger to store, pull and scan, for files the application never uses.',
    remediation:
      'Clean up in the same RUN as the install: `rm -rf /var/lib/apt/lists/*` after apt-get, `apk add --no-cache`, `dnf clean all`/`yum clean all`, `zypper clean --all`; or use a cache mount (`RUN --mount=type=cache,target=/var/cache/apt ...`).',
    links: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'workload',
    compliance: {},
    aliases: ['AVD-DS-0015', 'DS015', 'AVD-DS-0019', 'DS019', 'AVD-DS-0025', 'DS025'],
  },
  check(model) {
    return runCommands(model, (stage) => stage.ships).flatMap((run) => {
      const command = packageCommand(run.program);
      if (!command || !isInstall(command) || cleanedUp(run, command.manager)) return [];
      return [flagRun(run, `${command.tool} ${command.action} leaves its package cache in the layer`)];
    });
  },
};

export default rule;
