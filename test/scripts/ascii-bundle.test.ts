import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts/ascii-bundle.mjs');

/** Runs the build's rewrite on `source` in a Node process of its own (the script is an ES module). */
function rewrite(source: string): { text?: string; error?: string } {
  const driver = [
    `import { asciiOnly } from ${JSON.stringify(script)};`,
    "import { readFileSync } from 'node:fs';",
    "const source = readFileSync(0, 'utf8');",
    "try { process.stdout.write(JSON.stringify({ text: asciiOnly(source, 'bundle.js') })); }",
    'catch (error) { process.stdout.write(JSON.stringify({ error: error.message })); }',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', driver], {
    input: source,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { text?: string; error?: string };
}

function run(source: string): unknown {
  return vm.runInNewContext(source, {});
}

describe('the build rewrites bundles as ASCII with the same program', () => {
  it('escapes text in strings, untagged templates, regular expressions, names and comments', () => {
    const source = [
      '// a comment — with ünïcode and 😀',
      "const dash = '—', escaped = '\\é', emoji = \"🔴 Critical\";",
      'const café = 2;',
      'const x = 1;',
      'const template = `line — ${x} · ${café} 😀`;',
      'const classes = /[–—]+/.test("a–b") && /😀/u.test("😀") && /^.$/u.test("😀") && /^..$/.test("😀");',
      'const json = JSON.parse(\'{"k":"naïve"}\').k;',
      '/* block ¶ */ [dash, escaped, emoji, café, template, classes, json, dash.length, emoji.length]',
    ].join('\n');
    const { text, error } = rewrite(source);
    expect(error).toBeUndefined();
    expect(text).toMatch(/^[\x00-\x7f]*$/);
    expect(text).toContain('\\u2014');
    expect(run(text!)).toEqual(run(source));
    expect(run(source)).toEqual(['—', 'é', '🔴 Critical', 2, 'line — 1 · 2 😀', true, 'naïve', 1, 11]);
  });

  it('returns a file that is already ASCII as it is', () => {
    const source = 'const a = "plain"; // nothing to do\n';
    expect(rewrite(source).text).toBe(source);
  });

  it('refuses what it cannot escape without changing the program, naming the line', () => {
    expect(rewrite('const tag = (s) => s.raw[0];\nconst t = tag`—`;').error).toMatch(
      /bundle\.js:2: U\+2014 in a tagged template/,
    );
    expect(rewrite('const a =\u00a01;').error).toMatch(/bundle\.js:1: U\+00A0 between tokens/);
    expect(rewrite("const a = '\u2028';").error).toMatch(/line or paragraph separator/);
    expect(rewrite('const a = "unclosed — ;\n').error).toMatch(/bundle\.js: cannot read as JavaScript/);
  });

  it('left every built file in dist ASCII', () => {
    const dist = path.join(root, 'dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(10);
    const nonAscii = files.filter((file) => /[^\x00-\x7f]/.test(readFileSync(path.join(dist, file), 'utf8')));
    expect(nonAscii).toEqual([]);
  });
});
