import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { writeTree } from '../../helpers/temp-tree';
import { underRoot, walk } from '../../../src/scanners/iac/files/walk';

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('.gitignore files found by the walk', () => {
  it('honours a .gitignore in any folder, also one that is a link to another file of the tree', () => {
    const root = writeTree(
      {
        'main.tf': '',
        'a/.gitignore': 'secret.tf\n',
        'a/secret.tf': '',
        'a/kept.tf': '',
        'a/deeper/secret.tf': '',
        'b/secret.tf': '',
        'shared/ignore-rules': 'secret.tf\n',
        'c/secret.tf': '',
        'c/kept.tf': '',
      },
      created,
      'cloudgate-walk-',
    );
    symlinkSync(path.join(root, 'shared/ignore-rules'), path.join(root, 'c/.gitignore'));
    const { files } = walk({ root });
    expect(files.filter((file) => file.endsWith('.tf'))).toEqual([
      'a/kept.tf',
      'b/secret.tf',
      'c/kept.tf',
      'main.tf',
    ]);
  });
});

describe('paths under the walked root', () => {
  it('are what path.join gives for the relative paths the walk lists', () => {
    const root = writeTree({ 'main.tf': '', 'a/b/c.tf': '' }, created, 'cloudgate-walk-');
    const { files } = walk({ root });
    expect(files.map((file) => underRoot(root, file))).toEqual(files.map((file) => path.join(root, file)));
    expect(underRoot(root, '')).toBe(root);
    expect(underRoot(path.parse(root).root, 'a/b.tf')).toBe(path.join(path.parse(root).root, 'a/b.tf'));
  });
});
