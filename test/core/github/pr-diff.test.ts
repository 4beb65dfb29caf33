import { recordingLogger } from '../../../src/core/github/logger';
import { createGitHubClient } from '../../../src/core/github/octokit';
import { loadPullRequestDiff, PR_FILES_LIMIT } from '../../../src/core/github/pr-diff';
import { createGitRunner } from '../../../src/core/github/git';
import { FixtureRepo } from '../../helpers/github-server/fixture-repo';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server/server';

/** A diff that adds `count` two-line files, written directly (no repository needed for the API's view). */
function manyFilesDiff(count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const name = `svc/${String(i).padStart(4, '0')}.yaml`;
    return [
      `diff --git a/${name} b/${name}`,
      'new file mode 100644',
      '--- /dev/null',
      `+++ b/${name}`,
      '@@ -0,0 +1,2 @@',
      '+kind: Pod',
      '+x: 1',
      '',
    ].join('\n');
  }).join('');
}

describe('reading the pull request diff', () => {
  let server: GitHubServer;
  const log = recordingLogger();
  const head = 'a'.repeat(40);
  const base = 'b'.repeat(40);

  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.tokens.set('t', {});
  });

  afterEach(() => server.close());

  const client = () => createGitHubClient({ token: 't', apiUrl: server.url, log, pace: false, secondMs: 5 });

  it('pages through the files endpoint and knows when GitHub stopped at 3,000 files', async () => {
    server.state.addPull({
      number: 1,
      headSha: head,
      baseSha: base,
      headRef: 'f',
      baseRef: 'main',
      diff: manyFilesDiff(3010),
    });
    const { diff, source } = await loadPullRequestDiff(
      { owner: 'acme', repo: 'infra', number: 1, baseSha: base, headSha: head },
      { client: client(), log },
    );
    expect(source).toBe('api');
    expect(diff.size).toBe(PR_FILES_LIMIT);
    expect(diff.truncated).toBe(true);
    expect(diff.isAdded('svc/2999.yaml', 2)).toBe(true);
    expect(diff.isCommentable('svc/3005.yaml', 1)).toBe(false);
    expect(server.state.requests.filter((request) => request.path.endsWith('/files'))).toHaveLength(30);
    expect(log.lines.some((line) => /first 3000 files/.test(line.message))).toBe(true);
  });

  it('leaves out files whose patch GitHub omits', async () => {
    server.state.addPull({
      number: 2,
      headSha: head,
      baseSha: base,
      headRef: 'f',
      baseRef: 'main',
      diff: manyFilesDiff(3),
    });
    server.state.faults.omitPatchFor = ['svc/0001.yaml'];
    const { diff } = await loadPullRequestDiff(
      { owner: 'acme', repo: 'infra', number: 2, baseSha: base, headSha: head },
      { client: client(), log },
    );
    expect([diff.isAdded('svc/0000.yaml', 1), diff.isAdded('svc/0001.yaml', 1)]).toEqual([true, false]);
  });

  it('computes the diff locally when the checkout has both commits, without the API', async () => {
    const repo = FixtureRepo.create();
    try {
      repo.write({ 'a.yaml': 'a: 1\n' });
      const baseSha = repo.commit('base');
      repo.write({ 'a.yaml': 'a: 1\nb: 2\n' });
      const headSha = repo.commit('head');
      const { diff, source } = await loadPullRequestDiff(
        { owner: 'acme', repo: 'infra', number: 3, baseSha, headSha },
        { client: client(), git: createGitRunner(repo.root), log },
      );
      expect(source).toBe('git');
      expect(diff.isAdded('a.yaml', 2)).toBe(true);
      expect(server.state.requests).toEqual([]);
    } finally {
      repo.remove();
    }
  });
});
