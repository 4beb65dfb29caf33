import type { IacRule } from '../../model/violation';
import addInsteadOfCopy from './add-instead-of-copy/rule';
import addRemoteUrl from './add-remote-url/rule';
import aptInstallRecommends from './apt-install-recommends/rule';
import chmodWorldWritable from './chmod-world-writable/rule';
import curlPipeShell from './curl-pipe-shell/rule';
import healthcheckMissing from './healthcheck-missing/rule';
import imageLatestTag from './image-latest-tag/rule';
import imageWithoutDigest from './image-without-digest/rule';
import packageCacheKept from './package-cache-kept/rule';
import packageUpgrade from './package-upgrade/rule';
import runsAsRoot from './runs-as-root/rule';
import secretBuildArg from './secret-build-arg/rule';
import secretInEnvArg from './secret-in-env-arg/rule';
import sshPortExposed from './ssh-port-exposed/rule';
import sudoInRun from './sudo-in-run/rule';
import workdirRelative from './workdir-relative/rule';

export const DOCKERFILE_RULES: IacRule[] = [
  runsAsRoot,
  imageLatestTag,
  imageWithoutDigest,
  addRemoteUrl,
  addInsteadOfCopy,
  secretInEnvArg,
  secretBuildArg,
  curlPipeShell,
  aptInstallRecommends,
  packageCacheKept,
  sudoInRun,
  healthcheckMissing,
  sshPortExposed,
  chmodWorldWritable,
  packageUpgrade,
  workdirRelative,
];
