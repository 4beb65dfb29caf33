import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A real git repository in a temporary folder, for the pull requests the loopback GitHub serves. */
export class FixtureRepo {
  private constructor(readonly root: string) {}

  static create(prefix = 'cloudgate-repo-'): FixtureRepo {
    const root = mkdtempSync(path.join(tmpdir(), prefix));
    const repo = new FixtureRepo(root);
    repo.git('init', '--quiet', '--initial-branch=main');
    repo.git('config', 'user.email', 'dev@example.com');
    repo.git('config', 'user.name', 'Fixture Developer');
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  }

  /** Writes (or, for null, deletes) files relative to the root. */
  write(files: Record<string, string | null>): void {
    for (const [relative, content] of Object.entries(files)) {
      const target = path.join(this.root, relative);
      if (content === null) rmSync(target, { force: true });
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
  }

  commit(message: string): string {
    this.git('add', '--all');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  checkout(ref: string, create = false): void {
    this.git('checkout', '--quiet', ...(create ? ['-b'] : []), ref);
  }

  /** The pull request's diff as GitHub computes it: merge base of base and head, to head. */
  pullDiff(baseSha: string, headSha: string): string {
    return this.git('diff', '--no-color', '--no-ext-diff', '-M', `${baseSha}...${headSha}`);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
