// Regenerates the documentation that is derived from the code; CI checks that it is committed as built.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist/cli/index.js');
const catalog = execFileSync(process.execPath, [cli, 'rules', '--format', 'markdown'], { cwd: root, encoding: 'utf8' });
writeFileSync(path.join(root, 'docs/rules.md'), catalog);

const actionDocs = path.join(root, 'scripts/generate-action-docs.mjs');
if (existsSync(actionDocs)) execFileSync(process.execPath, [actionDocs], { cwd: root, stdio: 'inherit' });
