import { execFile } from 'node:child_process';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs git with an argument list (never a shell), so no ref or path can become a command. */
export type GitRunner = (args: string[], options?: { cwd?: string }) => Promise<GitResult>;

const MAX_OUTPUT = 256 * 1024 * 1024;

export function createGitRunner(
  defaultCwd: string,
  env: Record<string, string | undefined> = process.env,
): GitRunner {
  return (args, options = {}) =>
    new Promise((resolve) => {
      execFile(
        'git',
        args,
        {
          cwd: options.cwd ?? defaultCwd,
          maxBuffer: MAX_OUTPUT,
          encoding: 'utf8',
          env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr: error && !stderr ? error.message : stderr });
        },
      );
    });
}

export const FULL_SHA = /^[0-9a-f]{40}$/;

export async function hasCommit(git: GitRunner, sha: string): Promise<boolean> {
  if (!FULL_SHA.test(sha)) return false;
  return (await git(['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}

export async function mergeBase(git: GitRunner, a: string, b: string): Promise<string | undefined> {
  const result = await git(['merge-base', a, b]);
  const sha = result.stdout.trim();
  return result.code === 0 && FULL_SHA.test(sha) ? sha : undefined;
}
