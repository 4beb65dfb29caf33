// Times the built CLI on hostile input, one case at a time: what the tests feed the parsers and the
// evaluator to check that each is refused or bounded (deep nesting, alias bombs, huge and binary files,
// runaway Terraform values, wildcard-heavy policies), written to files and scanned as a user would.
// The tests assert what each case yields; how long it takes is measured here, never asserted there.
//
//   node scripts/bench-hostile.mjs               # every case
//   node scripts/bench-hostile.mjs --one-core    # pinned to one CPU (taskset)
//   node scripts/bench-hostile.mjs --cli other/dist/cli/index.js
//
// Every case also holds one ordinary insecure file, whose finding must still be reported: a case whose
// scan fails, or loses that finding, stops the bench with an error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, '.bench', 'hostile');
const output = path.join(root, '.bench', 'hostile.json');

/** The ordinary file beside each case's hostile ones: an instance that allows IMDSv1, always a finding. */
const CONTROL = {
  file: 'control/main.tf',
  text: 'resource "aws_instance" "web" {\n  ami           = "ami-0abcdef1234567890"\n  instance_type = "t3.micro"\n}\n',
};

/** A stream of pseudo-random characters (a seeded linear congruential generator), without NUL. */
function garbage(length, seed) {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(1 + (state % 254));
  }
  return text;
}

function aliasBomb(levels) {
  const lines = [`l0: &l0 [${Array(9).fill('"lol"').join(', ')}]`];
  for (let level = 1; level <= levels; level++)
    lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function lines(...rows) {
  return `${rows.join('\n')}\n`;
}

/** Each case: the files it writes (relative path to text). */
const CASES = {
  'hcl: 4 MiB heredoc': () => ({
    'main.tf': `locals {\n  v = <<-EOT\n${`${'x'.repeat(99)}\n`.repeat(40_000)}EOT\n}\n`,
  }),
  'hcl: 50,000 unterminated strings': () => ({ 'main.tf': 'a = "unterminated\n'.repeat(50_000) }),
  'hcl: 200,000 characters of garbage': () => ({ 'main.tf': garbage(200_000, 7) }),
  'hcl: 50,000 open parentheses': () => ({ 'main.tf': `a = ${'('.repeat(50_000)}\n` }),
  'terraform: a value doubled 40 times': () => ({
    'main.tf': lines(
      'locals {',
      '  l0 = ["x"]',
      ...Array.from({ length: 40 }, (_, index) => `  l${index + 1} = [local.l${index}, local.l${index}]`),
      '}',
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode(local.l40)',
      '  name   = "kept"',
      '}',
    ),
  }),
  'terraform: a chain of 20,000 locals': () => ({
    'main.tf': lines(
      'locals {',
      ...Array.from({ length: 20_000 }, (_, index) => `  l${index} = local.l${index + 1}`),
      '  l20000 = "end"',
      '}',
      'resource "aws_s3_bucket" "b" { bucket = local.l0 }',
    ),
  }),
  'terraform: a resource with 50,000 attributes': () => ({
    'main.tf': lines(
      'resource "aws_kms_key" "k0" {}',
      'resource "aws_kms_key" "k1" {}',
      'resource "aws_kms_key" "k2" {}',
      'resource "aws_security_group" "wide" {',
      ...Array.from({ length: 50_000 }, (_, index) => `  a${index} = aws_kms_key.k${index % 3}.arn`),
      '}',
    ),
  }),
  'terraform: ranges, counts and strings over the limits': () => ({
    'main.tf': lines(
      'resource "aws_iam_policy" "p" {',
      '  a    = range(1000000000)',
      '  b    = join("", [for i in range(100000) : "${i}${i}${i}${i}${i}${i}${i}${i}"])',
      '  name = "kept"',
      '}',
      'resource "aws_sqs_queue" "q" {',
      '  count = 1000000000',
      '  name  = "q${count.index}"',
      '}',
    ),
  }),
  'dockerfile: five degenerate Dockerfiles': () => ({
    'a/Dockerfile': `FROM a\nRUN ${'curl x | '.repeat(20_000)}sh\n`,
    'b/Dockerfile': `FROM a\nRUN ${'"'.repeat(50_001)}\n`,
    'c/Dockerfile': `FROM a\n${'ENV A=1 \\\n'.repeat(20_000)}\n`,
    'd/Dockerfile': `FROM a\nRUN ${'$('.repeat(50_000)}\n`,
    'e/Dockerfile': 'FROM a AS s\n'.repeat(2_000),
  }),
  'iam: 3,000 wildcard statements and a 200-wildcard action': () => ({
    'policy.json': JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        ...Array.from({ length: 3000 }, (_, index) => ({
          Effect: 'Allow',
          Action: ['*', `s3:Put*${index}`, 'iam:*'],
          NotResource: `arn:aws:s3:::bucket-${index}`,
        })),
        { Effect: 'Allow', Action: `${'*a'.repeat(200)}b`, Resource: '*' },
      ],
    }),
  }),
  'github actions: three degenerate workflows': () => ({
    '.github/workflows/a.yml': `on: push\njobs:\n  a:\n    steps:\n      - run: "${'${{ github.event.issue.title '.repeat(50_000)}"\n`,
    '.github/workflows/b.yml': `on: push\njobs:\n  a:\n    steps:\n      - run: "${'echo $X ; '.repeat(50_000)}"\n        env:\n          X: \${{ secrets.X }}\n`,
    '.github/workflows/c.yml': `on: pull_request_target\njobs:\n  a:\n    steps:\n${'      - uses: actions/checkout@v4\n        with: {ref: "${{ github.head_ref }}"}\n      - run: make\n'.repeat(2_000)}`,
  }),
  'yaml: a nine-level alias bomb': () => ({
    'bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: laughs\ndata:\n  ${aliasBomb(9).trimEnd().split('\n').join('\n  ')}\n`,
  }),
  'yaml: 4,000,000 open brackets': () => ({ 'abyss.yaml': '['.repeat(4_000_000) }),
};

function parseArgs(argv) {
  const options = { oneCore: false, cli: path.join(root, 'dist/cli/index.js') };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--one-core') options.oneCore = true;
    else if (arg === '--cli') options.cli = path.resolve(argv[++index] ?? '');
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: node scripts/bench-hostile.mjs [--one-core] [--cli FILE]\n');
      process.exit(0);
    } else fail(`unknown option "${arg}"`);
  }
  return options;
}

function fail(message) {
  process.stderr.write(`bench-hostile: ${message}\n`);
  process.exit(2);
}

function writeCase(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  for (const [relative, text] of Object.entries({ ...files, [CONTROL.file]: CONTROL.text })) {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function scanCase(dir, { oneCore, cli }) {
  const pin = oneCore ? ['taskset', '-c', '0'] : [];
  const args = [...pin, process.execPath, cli, 'scan', dir, '--format', 'json', '--output', output, '--fail-on', 'none'];
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) fail(`could not run the scan: ${result.error.message}`);
  if (result.status !== 0) fail(`the scan of ${dir} exited with ${result.status ?? result.signal}:\n${result.stderr}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : undefined };
}

function describeReport() {
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const control = report.findings.filter((finding) => finding.location?.path?.endsWith(CONTROL.file));
  const kinds = new Map();
  for (const notice of report.notices) kinds.set(notice.kind, (kinds.get(notice.kind) ?? 0) + 1);
  const noticeText = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'none';
  return { control: control.length, findings: report.findings.length, noticeText };
}

const options = parseArgs(process.argv.slice(2));
if (!existsSync(options.cli)) fail(`${path.relative(root, options.cli)} does not exist; run \`npm run build\` first`);
if (!existsSync('/usr/bin/time')) fail('needs /usr/bin/time (Debian package "time") to read peak memory');
process.stdout.write(`hostile input, each case scanned alone by ${path.relative(root, options.cli)}${options.oneCore ? ' on one CPU' : ''}:\n`);
let index = 0;
for (const [name, make] of Object.entries(CASES)) {
  const dir = path.join(benchDir, String(index++).padStart(2, '0'));
  const bytes = writeCase(dir, make());
  const timing = scanCase(dir, options);
  const report = describeReport();
  if (report.control === 0) fail(`${name}: the ordinary file beside the hostile ones lost its findings`);
  process.stdout.write(
    `  ${name}: ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${timing.seconds.toFixed(2)} s, peak ${timing.peakMiB?.toFixed(0) ?? '?'} MiB; ` +
      `${report.findings} findings, notices: ${report.noticeText}\n`,
  );
}
