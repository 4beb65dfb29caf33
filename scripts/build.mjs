// Builds one self-contained bundle per entry point into dist/<name>/index.js.
// dist/ is deleted first so that a removed entry point cannot leave a stale bundle behind.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { asciiOnly } from './ascii-bundle.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const entries = [['cli', 'src/cli/index.ts']];
const actionsDir = path.join(root, 'src/actions');
if (existsSync(actionsDir)) {
  for (const name of readdirSync(actionsDir).sort()) {
    const entry = path.join('src/actions', name, 'index.ts');
    if (existsSync(path.join(root, entry))) entries.push([name, entry]);
  }
}

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const [name, entry] of entries) {
  const out = path.join('dist', name);
  // Not minified: readable stack traces from users, and small diffs when the sources change.
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  // ASCII text is held by V8 at one byte per character: faster to read, hash, parse and compile.
  for (const chunk of readdirSync(path.join(root, out)).filter((file) => file.endsWith('.js'))) {
    const file = path.join(root, out, chunk);
    const source = readFileSync(file, 'utf8');
    const ascii = asciiOnly(source, path.join(out, chunk));
    if (ascii !== source) writeFileSync(file, ascii);
  }
  process.stdout.write(`built ${out}/index.js\n`);
}
chmodSync(path.join(root, 'dist/cli/index.js'), 0o755);
