import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function generate(root: string, check: boolean) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'scripts/generate-action-docs.mjs'), ...(check ? ['--check'] : [])],
    { encoding: 'utf8' },
  );
}

describe('the generated action reference', () => {
  it('is up to date in the repository', () => {
    const result = generate(ROOT, true);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('goes stale when an action.yml changes, and --check says so until it is regenerated', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'cloudgate-docs-'));
    try {
      for (const item of [
        'action.yml',
        'actions',
        'examples',
        'docs/actions.md',
        // The example workflows' sections live in the README.
        'README.md',
        'scripts/generate-action-docs.mjs',
      ]) {
        cpSync(path.join(ROOT, item), path.join(copy, item), { recursive: true });
      }
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      const file = path.join(copy, 'actions/iac/action.yml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'Most inline comments one run posts',
          'At most this many inline comments',
        ),
      );
      expect(generate(copy, true).status).toBe(1);
      expect(generate(copy, false).status).toBe(0);
      expect(generate(copy, true).status).toBe(0);
      expect(readFileSync(path.join(copy, 'docs/actions.md'), 'utf8')).toContain(
        'At most this many inline comments',
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
