import { DiffIndex, parseGitDiff, parsePatch } from '../../../src/core/github/diff';
import { FixtureRepo } from '../../helpers/github-server/fixture-repo';
import { findHunk, readGitDiff } from '../../helpers/github-server/unified-diff';

const lines = (count: number, prefix = 'line') =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

describe('unified diff reading', () => {
  let repo: FixtureRepo;
  let diffText: string;

  beforeAll(() => {
    repo = FixtureRepo.create();
    repo.write({
      'app/deploy.yaml': `${lines(40).join('\n')}\n`,
      'old-name.yaml': `${lines(30, 'keep').join('\n')}\n`,
      'gone.yaml': 'a: 1\n',
      'logo.png': Buffer.from([0, 1, 2, 3, 0, 255]).toString('latin1'),
      'no-newline.txt': 'first\nsecond',
    });
    const base = repo.commit('base');
    repo.checkout('feature', true);
    const changed = lines(40);
    changed.splice(2, 0, 'inserted after 2');
    changed[29] = 'changed line 30';
    const renamed = lines(30, 'keep');
    renamed[14] = 'edited in the renamed file';
    repo.write({
      'app/deploy.yaml': `${changed.join('\n')}\n`,
      'old-name.yaml': null,
      'new name with "quotes".yaml': `${renamed.join('\n')}\n`,
      'gone.yaml': null,
      'added/file.yaml': 'x: 1\ny: 2\n',
      'logo.png': Buffer.from([9, 9, 0, 1]).toString('latin1'),
      'no-newline.txt': 'first\nsecond changed',
    });
    const head = repo.commit('head');
    diffText = repo.git('-c', 'core.quotePath=true', 'diff', '--no-color', '-M', `${base}...${head}`);
  });

  afterAll(() => repo.remove());

  it('reads statuses, renames with quoted names, binaries and added files from real git output', () => {
    const files = new Map(parseGitDiff(diffText).map((file) => [file.path, file]));
    expect([...files.keys()].sort()).toEqual(
      [
        'added/file.yaml',
        'app/deploy.yaml',
        'gone.yaml',
        'logo.png',
        'new name with "quotes".yaml',
        'no-newline.txt',
      ].sort(),
    );
    expect(files.get('new name with "quotes".yaml')).toMatchObject({
      status: 'renamed',
      oldPath: 'old-name.yaml',
    });
    expect(files.get('gone.yaml')?.status).toBe('removed');
    expect(files.get('added/file.yaml')?.status).toBe('added');
    expect(files.get('logo.png')?.opaque).toBe(true);
  });

  it('marks added lines and context lines as GitHub does', () => {
    const index = new DiffIndex(parseGitDiff(diffText));
    expect(index.isAdded('app/deploy.yaml', 3)).toBe(true);
    expect(index.isCommentable('app/deploy.yaml', 4)).toBe(true);
    expect(index.isAdded('app/deploy.yaml', 4)).toBe(false);
    expect(index.isCommentable('app/deploy.yaml', 20)).toBe(false);
    expect(index.isAdded('app/deploy.yaml', 30)).toBe(true);
    expect(index.isAdded('app/deploy.yaml', 31)).toBe(false);
    expect(index.isRangeCommentable('app/deploy.yaml', 1, 6)).toBe(true);
    expect(index.isRangeCommentable('app/deploy.yaml', 5, 28)).toBe(false);
    expect(index.isAdded('no-newline.txt', 2)).toBe(true);
    expect(index.isCommentable('gone.yaml', 1)).toBe(false);
    expect(index.isCommentable('logo.png', 1)).toBe(false);
  });

  it('agrees with the loopback server on every commentable line of every file', () => {
    const index = new DiffIndex(parseGitDiff(diffText));
    for (const file of readGitDiff(diffText)) {
      if (file.status === 'removed') continue;
      for (let line = 1; line <= 60; line++) {
        expect([file.filename, line, index.isCommentable(file.filename, line)]).toEqual([
          file.filename,
          line,
          findHunk(file, line, 'RIGHT') !== undefined,
        ]);
      }
    }
  });

  it('reads the files endpoint patch field the same way as the git diff', () => {
    const fromGit = new DiffIndex(parseGitDiff(diffText));
    const server = readGitDiff(diffText).find((file) => file.filename === 'app/deploy.yaml')!;
    const patch = server.hunks.map((hunk) => hunk.text).join('\n');
    const fromApi = new DiffIndex([parsePatch('app/deploy.yaml', patch)]);
    for (let line = 1; line <= 45; line++) {
      expect(fromApi.isCommentable('app/deploy.yaml', line)).toBe(
        fromGit.isCommentable('app/deploy.yaml', line),
      );
      expect(fromApi.isAdded('app/deploy.yaml', line)).toBe(fromGit.isAdded('app/deploy.yaml', line));
    }
  });

  it('treats a file without a patch (too large or binary) as having no commentable line', () => {
    const index = new DiffIndex([parsePatch('huge.json', undefined)]);
    expect(index.file('huge.json')).toBeDefined();
    expect(index.isCommentable('huge.json', 1)).toBe(false);
  });

  it('keeps hunk content lines that look like headers inside the hunk', () => {
    const text = [
      'diff --git a/x.txt b/x.txt',
      '--- a/x.txt',
      '+++ b/x.txt',
      '@@ -1,2 +1,3 @@',
      ' keep',
      '+diff --git a/y b/y',
      '+@@ -1 +1 @@',
      '-old',
      '',
    ].join('\n');
    const index = new DiffIndex(parseGitDiff(text));
    expect(index.paths()).toEqual(['x.txt']);
    expect(index.isAdded('x.txt', 2)).toBe(true);
    expect(index.isAdded('x.txt', 3)).toBe(true);
  });
});
