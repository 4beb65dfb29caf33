// The yardstick of the Terraform bench: how fast tree-sitter's HCL grammar, compiled to WebAssembly
// and run by web-tree-sitter in this same Node, parses the same files, and nothing more (no
// evaluation, no rules, no report). The scan's MB/s depends on the machine; its ratio to this one
// much less, so figures taken on different machines compare through it.
//
//   node scripts/bench-tree-sitter.mjs DIR    # prints one line of JSON: files, bytes, seconds, errors
//
// The files are read before the clock starts; each is parsed once, as a scan parses it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

const HCL_FILE = /\.(tf|tfvars|hcl)$/;

function listFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(file));
    else if (entry.isFile() && HCL_FILE.test(entry.name)) files.push(file);
  }
  return files;
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('Usage: node scripts/bench-tree-sitter.mjs DIR\n');
  process.exit(2);
}
const texts = listFiles(dir).map((file) => readFileSync(file, 'utf8'));
const require = createRequire(import.meta.url);
const grammar = require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm');
await Parser.init();
const parser = new Parser();
parser.setLanguage(await Language.load(grammar));

let errors = 0;
const started = process.hrtime.bigint();
for (const text of texts) {
  const tree = parser.parse(text);
  if (tree?.rootNode.hasError) errors++;
  tree?.delete();
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
process.stdout.write(`${JSON.stringify({ files: texts.length, bytes, seconds, errors })}\n`);
