// Generates synthetic trees under .bench/ and times a full scan of each through the built CLI:
// files/s, MiB/s of source, wall time and peak memory.
//
//   npm run bench                             # Kubernetes (10,000 files), Terraform (5,000 files), then the audits
//   npm run bench -- --kind terraform         # one kind only: kubernetes, terraform or audit
//   npm run bench -- --kind kubernetes --files 2000
//   npm run bench -- --cli path/to/index.js   # another build of the CLI
//   npm run bench -- --kind terraform --one-core   # pinned to one CPU (taskset), as the targets are set
//   npm run bench -- --kind terraform --distinct   # every file's text its own (no stack a copy of another)
//   npm run bench -- --kind audit --scopes 100  # the live audits: the options of scripts/bench-audit.mjs
//
// A tree is the same for the same kind and --files (a seeded generator), so figures compare across runs.
// Each tree is scanned twice: first without V8's code cache (as a fresh install runs), then timed in full
// with the cache the first run wrote (as every later run on the machine). The Terraform tree is then
// parsed by tree-sitter's HCL grammar alone (scripts/bench-tree-sitter.mjs), on the same CPUs: the
// scan's speed as a multiple of that parse compares across machines, where MB/s does not.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generateKubernetes } from './bench-kubernetes.mjs';
import { generateTerraform } from './bench-terraform.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, '.bench');
const USAGE =
  'Usage: npm run bench -- [--kind kubernetes|terraform|audit] [--files N] [--cli FILE] [--one-core] [--distinct]\n' +
  '  (default: both kinds, 10000 Kubernetes files and 5000 Terraform files, dist/cli/index.js)\n';

/**
 * Each kind: where its tree goes, how the scan reports, and how its files are counted. The
 * Terraform scan writes SARIF (the format code scanning uploads), so SARIF is part of what is timed.
 */
const KINDS = {
  kubernetes: {
    defaultFiles: 10_000,
    dir: path.join(benchDir, 'tree'),
    output: path.join(benchDir, 'report.json'),
    format: 'json',
    generate: (dir, files) => {
      const tree = generateKubernetes(dir, files, random(files));
      return { bytes: tree.bytes, what: `${files} files, ${tree.documents} documents` };
    },
  },
  terraform: {
    defaultFiles: 5_000,
    dir: path.join(benchDir, 'tf'),
    distinctDir: path.join(benchDir, 'tf-distinct'),
    output: path.join(benchDir, 'tf.sarif'),
    format: 'sarif',
    yardstick: path.join(root, 'scripts/bench-tree-sitter.mjs'),
    generate: (dir, files, distinct) => {
      const tree = generateTerraform(dir, files, random(files), { distinct });
      const copied = Math.round((100 * tree.copiedBytes) / tree.bytes);
      return {
        bytes: tree.bytes,
        what: `${tree.files} files of HCL in ${tree.stacks} root stacks (${copied} % of the bytes in copies of another file)`,
      };
    },
  },
};

function parseArgs(argv) {
  const options = {
    kinds: Object.keys(KINDS),
    files: undefined,
    cli: path.join(root, 'dist/cli/index.js'),
    oneCore: false,
    distinct: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const inline = arg.includes('=');
    const value = inline ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    const name = inline ? arg.slice(0, arg.indexOf('=')) : arg;
    if (['--files', '--cli', '--kind'].includes(name) && !inline) index++;
    if (name === '--files') {
      options.files = Number(value);
      if (!Number.isInteger(options.files) || options.files < 1)
        fail(`--files needs a positive whole number, got "${value}"`);
    } else if (name === '--cli') {
      options.cli = path.resolve(value ?? '');
    } else if (name === '--kind') {
      if (!(value in KINDS)) fail(`--kind is kubernetes, terraform or audit, got "${value}"`);
      options.kinds = [value];
    } else if (arg === '--one-core') {
      options.oneCore = true;
    } else if (arg === '--distinct') {
      options.distinct = true;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else {
      fail(`unknown option "${arg}"\n${USAGE}`);
    }
  }
  return options;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

/** mulberry32: small, fast and seeded, so the same --files gives the same tree. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Reads every file under these paths, so that the timed scan finds them in the page cache: the figures
 * are of the scan, not of the disk. Some machines empty the page cache in the background (on the one
 * the figures were taken on, files fell out of it within seconds), and a scan that reads the tree, the
 * bundle or Node itself from the disk is slower by an amount that has nothing to do with cloudgate.
 */
function warmPageCache(paths) {
  for (const file of paths) {
    let entries;
    try {
      entries = readdirSync(file, { withFileTypes: true });
    } catch {
      readFileSync(file);
      continue;
    }
    warmPageCache(
      entries
        .filter((entry) => entry.isDirectory() || entry.isFile())
        .map((entry) => path.join(file, entry.name)),
    );
  }
}

/** Runs the scan and measures wall time and peak memory of the process that did it. */
function timeScan(cli, kind, dir, oneCore, codeCacheDir) {
  warmPageCache([
    dir,
    path.dirname(cli),
    process.execPath,
    ...(existsSync(codeCacheDir) ? [codeCacheDir] : []),
  ]);
  const args = [cli, 'scan', dir, '--format', kind.format, '--output', kind.output, '--fail-on', 'none'];
  const useTime = existsSync('/usr/bin/time');
  // taskset keeps the process and its threads (the collector's helpers too) on the first CPU.
  const pin = oneCore ? ['taskset', '-c', '0'] : [];
  const node = useTime ? [process.execPath, ...args] : [process.execPath, '-e', rssWrapper(), ...args];
  const [command, ...rest] = useTime ? ['/usr/bin/time', '-v', ...pin, ...node] : [...pin, ...node];
  const started = process.hrtime.bigint();
  const result = spawnSync(command, rest, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CLOUDGATE_CODE_CACHE: codeCacheDir },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    fail(`the scan exited with ${result.status ?? result.signal}`);
  }
  const match = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
    : /cloudgate-bench-max-rss-kb=(\d+)/.exec(result.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '');
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr ?? '');
  return {
    seconds,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
    peakKiB: match ? Number(match[1]) : undefined,
    how: useTime ? '/usr/bin/time -v' : 'process.resourceUsage()',
  };
}

/** Without /usr/bin/time: run the CLI inside a node process that reports its own peak RSS on exit. */
function rssWrapper() {
  return [
    'const [cli, ...rest] = process.argv.slice(1);',
    'process.argv = [process.argv[0], cli, ...rest];',
    "process.on('exit', () => process.stderr.write(`cloudgate-bench-max-rss-kb=${process.resourceUsage().maxRSS}\\n`));",
    'require(cli);',
  ].join('\n');
}

/** What the report says was scanned: the JSON report has stats; SARIF has results and notifications. */
function summarise(kind) {
  const report = JSON.parse(readFileSync(kind.output, 'utf8'));
  if (kind.format === 'json') {
    const stats = report.stats ?? {};
    return {
      files: stats.files,
      line: `scanned ${stats.files} files, ${stats.resources} resources, ${stats.rulesRun} rules: ${report.findings?.length} findings, ${report.notices?.length} notices (scan itself ${((stats.durationMs ?? 0) / 1000).toFixed(2)} s)`,
    };
  }
  const runs = report.runs ?? [];
  const results = runs.reduce((sum, run) => sum + (run.results?.length ?? 0), 0);
  const notifications = runs.reduce(
    (sum, run) => sum + (run.invocations?.[0]?.toolExecutionNotifications?.length ?? 0),
    0,
  );
  const rules = new Set(runs.flatMap((run) => (run.results ?? []).map((result) => result.ruleId)));
  return {
    files: undefined,
    line: `SARIF: ${results} results of ${rules.size} rules, ${notifications} notifications (${(JSON.stringify(report).length / MiB).toFixed(1)} MiB)`,
  };
}

function bench(name, files, { cli, oneCore, distinct }) {
  const kind = KINDS[name];
  const dir = distinct && kind.distinctDir ? kind.distinctDir : kind.dir;
  const generatedAt = Date.now();
  const tree = kind.generate(dir, files, distinct);
  process.stdout.write(
    `${name}: generated ${tree.what}, ${(tree.bytes / MiB).toFixed(1)} MiB in ${path.relative(root, dir)} (${((Date.now() - generatedAt) / 1000).toFixed(1)} s)\n`,
  );
  // The first scan compiles the CLI and writes V8's code cache; the timed one reads it, as every
  // later run on a machine does.
  const codeCacheDir = path.join(benchDir, 'code-cache');
  rmSync(codeCacheDir, { recursive: true, force: true });
  const first = timeScan(cli, kind, dir, oneCore, codeCacheDir);
  const run = timeScan(cli, kind, dir, oneCore, codeCacheDir);
  const summary = summarise(kind);
  process.stdout.write(
    [
      summary.line,
      `first run, with no code cache yet (it writes one): ${first.seconds.toFixed(2)} s, ${(tree.bytes / 1e6 / first.seconds).toFixed(2)} MB/s`,
      `with the code cache: total ${run.seconds.toFixed(2)} s${oneCore ? ' on one CPU' : ''}${run.cpuSeconds === undefined ? '' : ` (CPU ${run.cpuSeconds.toFixed(2)} s, all threads)`}`,
      `${(files / run.seconds).toFixed(0)} files/s, ${(tree.bytes / MiB / run.seconds).toFixed(2)} MiB/s (${(tree.bytes / 1e6 / run.seconds).toFixed(2)} MB/s)`,
      `peak RSS ${run.peakKiB === undefined ? 'unknown' : `${(run.peakKiB / 1024).toFixed(0)} MiB`} (${run.how})`,
    ].join('\n') + '\n',
  );
  if (kind.yardstick) reportYardstick(kind.yardstick, dir, oneCore, tree.bytes / 1e6 / run.seconds);
  if (summary.files !== undefined && summary.files !== files)
    fail(`expected ${files} files to be scanned, the report says ${summary.files}`);
}

/** tree-sitter's parse of the same files, alone, and the scan's MB/s (with the code cache) as a multiple of it. */
function reportYardstick(script, dir, oneCore, scanMBps) {
  const pin = oneCore ? ['taskset', '-c', '0'] : [];
  const [command, ...rest] = [...pin, process.execPath, script, dir];
  const result = spawnSync(command, rest, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    process.stdout.write(
      `tree-sitter yardstick: could not run (${result.error?.message ?? result.stderr.trim()})\n`,
    );
    return;
  }
  const parse = JSON.parse(result.stdout);
  const mbps = parse.bytes / 1e6 / parse.seconds;
  process.stdout.write(
    `tree-sitter's HCL grammar (WebAssembly) parsing the same ${parse.files} files, nothing else: ${parse.seconds.toFixed(2)} s, ${mbps.toFixed(2)} MB/s${parse.errors ? ` (${parse.errors} with syntax errors)` : ''}; the whole scan runs at ${(scanMBps / mbps).toFixed(2)}× that\n`,
  );
}

/** `--kind audit` hands its other options to the audit benchmark; without --kind it runs after the scans. */
function runAuditBench(args) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/bench-audit.mjs'), ...args], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const MiB = 1024 * 1024;
const argv = process.argv.slice(2);
const kindAt = argv.findIndex((arg) => arg === '--kind' || arg === '--kind=audit');
if (kindAt >= 0 && (argv[kindAt] === '--kind=audit' || argv[kindAt + 1] === 'audit')) {
  runAuditBench(
    argv.filter((_, index) => index !== kindAt && !(argv[kindAt] === '--kind' && index === kindAt + 1)),
  );
  process.exit(0);
}
const options = parseArgs(argv);
if (!existsSync(options.cli)) {
  fail(
    `${path.relative(root, options.cli)} does not exist; run \`npm run build\` first, then \`npm run bench\` again`,
  );
}
options.kinds.forEach((name, index) => {
  if (index > 0) process.stdout.write('\n');
  bench(name, options.files ?? KINDS[name].defaultFiles, options);
});
if (!argv.includes('--kind') && !argv.some((arg) => arg.startsWith('--kind='))) {
  process.stdout.write('\n');
  runAuditBench([]);
}
