import os from 'node:os';
import path from 'node:path';

/** The user's cache folder, where tools keep what they can rebuild: `$XDG_CACHE_HOME`, else `~/.cache`. */
export function userCacheHome(env: NodeJS.ProcessEnv): string {
  return env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
}
