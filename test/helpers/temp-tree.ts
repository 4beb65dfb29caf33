import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes the files (paths relative to the tree) under a fresh temporary folder, noted in `created` for removal. */
export function writeTree(
  files: Record<string, string>,
  created: string[],
  prefix = 'cloudgate-tree-',
): string {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}
