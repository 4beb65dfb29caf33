// Generates synthetic trees under .bench/ and times a full scan of each through the built CLI:
// files/s, MiB/s of source, wall time and peak memory.
//
//   npm run bench                             # Kubernetes (10,000 files), Terraform (5,000 files), the audits, hostile input
//   npm run bench -- --kind terraform         # one kind only: kubernetes, terraform, audit or hostile
//   npm run bench -- --kind kubernetes --files 2000
//   npm run bench -- --cli path/to/index.js   # another build of the CLI
//   npm run bench -- --kind terraform --one-core   # pinned to one CPU (taskset), as the targets are set
//   npm run bench -- --kind terraform --distinct   # every file's text its own (no stack a copy of another)
//   npm run bench -- --kind audit --scopes 100  # the live audits: the options of scripts/bench-audit.mjs
//   npm run bench -- --kind hostile --one-core   # hostile input, case by case: scripts/bench-hostile.mjs
//   npm run bench -- --kind terraform --one-core --rounds 7   # medians of 7 rounds, ranges beside them
//   npm run bench -- --kind terraform --against other/dist/cli/index.js   # two builds, alternately
//   npm run bench -- --kind terraform --one-core --node /opt/node-24/bin/node   # the scans in another Node
//
// A tree is the same for the same kind and --files (a seeded generator), so figures compare across runs.
// Each tree is scanned twice: first without V8's code cache (as a fresh install runs), then timed in full
// with the cache the first run wrote (as every later run on the machine). The Terraform tree is then
// parsed by tree-sitter's HCL grammar alone (scripts/bench-tree-sitter.mjs), on the same CPUs: the
// scan's speed as a multiple of that parse compares across machines, where MB/s does not. Every round
// also times first touches of fresh memory (scripts/bench-page-faults.mjs): a scan pays one page fault
// per page it touches first, and what one costs varies between machines more than the parse does.
//
// Some machines drift by a tenth or more within minutes. `--rounds N` repeats all of this N times and
// gives medians with their ranges; ratios (to the yardstick, to another build) are taken within each
// round, from runs made one after the other, and their median is given. `--against` times another build
// in every round, alternately with this one, and checks that both write the same report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generateKubernetes } from './bench-kubernetes.mjs';
import { generateTerraform } from './bench-terraform.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, '.bench');
const PAGE_FAULT_PROBE = path.join(root, 'scripts/bench-page-faults.mjs');
const USAGE =
  'Usage: npm run bench -- [--kind kubernetes|terraform|audit|hostile] [--files N] [--cli FILE] [--one-core] [--distinct]\n' +
  '                        [--rounds N] [--against FILE] [--node FILE]\n' +
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
    rounds: 1,
    against: undefined,
    node: process.execPath,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const inline = arg.includes('=');
    const value = inline ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    const name = inline ? arg.slice(0, arg.indexOf('=')) : arg;
    if (['--files', '--cli', '--kind', '--rounds', '--against', '--node'].includes(name) && !inline) index++;
    if (name === '--files') {
      options.files = Number(value);
      if (!Number.isInteger(options.files) || options.files < 1)
        fail(`--files needs a positive whole number, got "${value}"`);
    } else if (name === '--rounds') {
      options.rounds = Number(value);
      if (!Number.isInteger(options.rounds) || options.rounds < 1)
        fail(`--rounds needs a positive whole number, got "${value}"`);
    } else if (name === '--cli') {
      options.cli = path.resolve(value ?? '');
    } else if (name === '--against') {
      options.against = path.resolve(value ?? '');
    } else if (name === '--node') {
      options.node = path.resolve(value ?? '');
    } else if (name === '--kind') {
      if (!(value in KINDS)) fail(`--kind is kubernetes, terraform, audit or hostile, got "${value}"`);
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
function timeScan(node, cli, kind, dir, oneCore, codeCacheDir) {
  warmPageCache([dir, path.dirname(cli), node, ...(existsSync(codeCacheDir) ? [codeCacheDir] : [])]);
  const args = [cli, 'scan', dir, '--format', kind.format, '--output', kind.output, '--fail-on', 'none'];
  const useTime = existsSync('/usr/bin/time');
  // taskset keeps the process and its threads (the collector's helpers too) on the first CPU.
  const pin = oneCore ? ['taskset', '-c', '0'] : [];
  const run = useTime ? [node, ...args] : [node, '-e', rssWrapper(), ...args];
  const [command, ...rest] = useTime ? ['/usr/bin/time', '-v', ...pin, ...run] : [...pin, ...run];
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
  const faults = /Minor \(reclaiming a frame\) page faults: (\d+)/.exec(result.stderr ?? '');
  return {
    seconds,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
    systemSeconds: system ? Number(system[1]) : undefined,
    minorFaults: faults ? Number(faults[1]) : undefined,
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

/** One build of the CLI as the bench times it: where it is, its own code cache, and its runs. */
function buildUnderTest(cli, cacheName) {
  return { cli, codeCacheDir: path.join(benchDir, cacheName), first: [], cached: [] };
}

function bench(name, files, { cli, oneCore, distinct, rounds, against, node }) {
  const kind = KINDS[name];
  const dir = distinct && kind.distinctDir ? kind.distinctDir : kind.dir;
  const generatedAt = Date.now();
  const tree = kind.generate(dir, files, distinct);
  process.stdout.write(
    `${name}: generated ${tree.what}, ${(tree.bytes / MiB).toFixed(1)} MiB in ${path.relative(root, dir)} (${((Date.now() - generatedAt) / 1000).toFixed(1)} s)\n`,
  );
  const builds = [buildUnderTest(cli, 'code-cache')];
  if (against) builds.push(buildUnderTest(against, 'code-cache-against'));
  const parses = [];
  const probes = [];
  let summary;
  let differingRounds = 0;
  for (let round = 0; round < rounds; round++) {
    let report;
    // Alternate which build goes first, so that neither always runs in the later, warmer or slower minute.
    for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
      // The first scan compiles the CLI and writes V8's code cache; the second reads it, as every
      // later run on a machine does.
      rmSync(build.codeCacheDir, { recursive: true, force: true });
      build.first.push(timeScan(node, build.cli, kind, dir, oneCore, build.codeCacheDir));
      build.cached.push(timeScan(node, build.cli, kind, dir, oneCore, build.codeCacheDir));
      const written = readFileSync(kind.output);
      if (build === builds[0]) summary ??= summarise(kind);
      if (report === undefined) report = written;
      else if (!written.equals(report)) differingRounds++;
    }
    if (kind.yardstick) parses.push(runYardstick(node, kind.yardstick, dir, oneCore));
    probes.push(runPageFaultProbe(node, oneCore));
  }
  const mb = tree.bytes / 1e6;
  const [main, other] = builds;
  process.stdout.write(`${summary.line}\n`);
  if (other) process.stdout.write(`this build, ${path.relative(root, main.cli)}:\n`);
  const indent = other ? '  ' : '';
  writeTimings(main, { files, mb, bytes: tree.bytes, oneCore, rounds, indent });
  if (other) {
    process.stdout.write(`the other build, ${path.relative(root, other.cli)}:\n`);
    writeTimings(other, { files, mb, bytes: tree.bytes, oneCore, rounds, indent });
    const cachedRatio = medianRatio(main.cached, other.cached);
    const firstRatio = medianRatio(main.first, other.first);
    process.stdout.write(
      `this build takes ${cachedRatio.toFixed(3)}× the other's time with the code cache and ${firstRatio.toFixed(3)}× on a first run` +
        `${rounds > 1 ? ' (medians of the ratios within each round)' : ''}; ` +
        (differingRounds === 0
          ? `the two reports are byte for byte the same${rounds > 1 ? ' in every round' : ''}\n`
          : `the two reports differ (${differingRounds} of ${rounds} rounds)\n`),
    );
  }
  if (parses.length > 0 && parses.every((parse) => parse.ok)) writeYardstick(parses, main.cached, rounds);
  else if (parses.length > 0)
    process.stdout.write(`tree-sitter yardstick: could not run (${parses.find((parse) => !parse.ok).why})\n`);
  writePageFaultCost(probes, main.cached, rounds);
  if (summary.files !== undefined && summary.files !== files)
    fail(`expected ${files} files to be scanned, the report says ${summary.files}`);
}

/** A build's first and cached runs: the median (with its range over the rounds), speeds and peak memory. */
function writeTimings(build, { files, mb, bytes, oneCore, rounds, indent = '' }) {
  const first = median(build.first.map((run) => run.seconds));
  const cached = median(build.cached.map((run) => run.seconds));
  const cpu = build.cached.map((run) => run.cpuSeconds);
  const peaks = build.cached.map((run) => run.peakKiB);
  const system = build.cached.map((run) => run.systemSeconds);
  const faults = build.cached.map((run) => run.minorFaults);
  // The kernel's share is mostly first touches of memory (docs/performance.md), so the two go together.
  const systemText =
    system.includes(undefined) || faults.includes(undefined)
      ? ''
      : `, of which system ${median(system).toFixed(2)} s; ${median(faults)} page faults`;
  const cpuText = cpu.includes(undefined)
    ? ''
    : ` (CPU ${median(cpu).toFixed(2)} s, all threads${systemText})`;
  const peakMiB = peaks.includes(undefined) ? undefined : peaks.map((kib) => kib / 1024);
  const peakText =
    peakMiB === undefined
      ? 'unknown'
      : `${median(peakMiB).toFixed(0)} MiB${rounds > 1 ? ` (${rangeOf(peakMiB, 0)})` : ''}`;
  process.stdout.write(
    [
      `first run, with no code cache yet (it writes one): ${timeText(build.first, rounds)}, ${(mb / first).toFixed(2)} MB/s`,
      `with the code cache: ${rounds > 1 ? '' : 'total '}${timeText(build.cached, rounds)}${oneCore ? ' on one CPU' : ''}${cpuText}`,
      `${(files / cached).toFixed(0)} files/s, ${(bytes / MiB / cached).toFixed(2)} MiB/s (${(mb / cached).toFixed(2)} MB/s)`,
      `peak RSS ${peakText} (${build.cached[0].how})`,
    ]
      .map((line) => indent + line)
      .join('\n') + '\n',
  );
}

/** One run's seconds, or the median of the rounds with their range. */
function timeText(runs, rounds) {
  const seconds = runs.map((run) => run.seconds);
  if (rounds === 1) return `${seconds[0].toFixed(2)} s`;
  return `median ${median(seconds).toFixed(2)} s (${rangeOf(seconds, 2)} s over ${rounds} rounds)`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function rangeOf(values, digits) {
  return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
}

/** The median, over the rounds, of `a`'s time over `b`'s: runs of one round were made minutes apart at most. */
function medianRatio(a, b) {
  return median(a.map((run, index) => run.seconds / b[index].seconds));
}

/** tree-sitter's parse of the same files, alone: one run, on the same CPUs as the scan. */
function runYardstick(node, script, dir, oneCore) {
  const pin = oneCore ? ['taskset', '-c', '0'] : [];
  const [command, ...rest] = [...pin, node, script, dir];
  const result = spawnSync(command, rest, { encoding: 'utf8' });
  if (result.error || result.status !== 0)
    return { ok: false, why: result.error?.message ?? result.stderr.trim() };
  return { ok: true, ...JSON.parse(result.stdout) };
}

/** The parse's speed, and the scan's (with the code cache) as a multiple of it, round by round. */
function writeYardstick(parses, cachedRuns, rounds) {
  const seconds = parses.map((parse) => parse.seconds);
  const parseMBps = parses[0].bytes / 1e6 / median(seconds);
  // The scan's speed over the parse's is the parse's time over the scan's.
  const multiple = median(parses.map((parse, index) => parse.seconds / cachedRuns[index].seconds));
  const errors = parses[0].errors;
  process.stdout.write(
    `tree-sitter's HCL grammar (WebAssembly) parsing the same ${parses[0].files} files, nothing else: ` +
      `${timeText(parses, rounds)}, ` +
      `${parseMBps.toFixed(2)} MB/s${errors ? ` (${errors} with syntax errors)` : ''}; ` +
      `the whole scan runs at ${multiple.toFixed(2)}× that${rounds > 1 ? ' (median of the rounds)' : ''}\n`,
  );
}

/** One process touching fresh memory page by page, on the same CPUs as the scan. */
function runPageFaultProbe(node, oneCore) {
  const pin = oneCore ? ['taskset', '-c', '0'] : [];
  const [command, ...rest] = [...pin, node, PAGE_FAULT_PROBE];
  const result = spawnSync(command, rest, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const probe = JSON.parse(result.stdout);
  return probe.microsecondsPerFault ?? undefined;
}

/** What a page fault cost, round by round, and what the cached scan's faults come to at that cost. */
function writePageFaultCost(probes, cachedRuns, rounds) {
  if (probes.length === 0 || probes.includes(undefined)) {
    process.stdout.write('first touches of memory: could not be timed here\n');
    return;
  }
  const perFault = median(probes);
  const range = rounds > 1 ? ` (${rangeOf(probes, 1)} µs over ${rounds} rounds)` : '';
  const faults = cachedRuns.map((run) => run.minorFaults);
  const share = faults.includes(undefined)
    ? ''
    : `; the scan's ${median(faults)} page faults at that cost come to about ${((median(faults) * perFault) / 1e6).toFixed(2)} s`;
  process.stdout.write(`first touches of memory: ${perFault.toFixed(1)} µs a page fault${range}${share}\n`);
}

/**
 * Kinds with a script of their own: `--kind audit` or `--kind hostile` hands the other options to it;
 * without --kind, both run after the scans.
 */
const SCRIPTS = { audit: 'scripts/bench-audit.mjs', hostile: 'scripts/bench-hostile.mjs' };

function runScript(kind, args) {
  const result = spawnSync(process.execPath, [path.join(root, SCRIPTS[kind]), ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Which Node a binary is, and its V8: V8 decides much of a scan's speed, and differs between Node releases. */
function nodeVersion(node) {
  const result = spawnSync(node, ['-p', 'process.version + " (V8 " + process.versions.v8 + ")"'], {
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0)
    fail(`--node ${node} does not run: ${result.error?.message ?? result.stderr.trim()}`);
  return `Node ${result.stdout.trim()}, ${node}`;
}

const MiB = 1024 * 1024;
const argv = process.argv.slice(2);
const kindAt = argv.findIndex((arg) => arg === '--kind' || arg.startsWith('--kind='));
const scripted =
  kindAt < 0 ? undefined : argv[kindAt].startsWith('--kind=') ? argv[kindAt].slice(7) : argv[kindAt + 1];
if (scripted in SCRIPTS) {
  runScript(
    scripted,
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
if (options.against !== undefined && !existsSync(options.against))
  fail(`--against ${path.relative(root, options.against)} does not exist`);
process.stdout.write(`scans run in ${nodeVersion(options.node)}\n`);
options.kinds.forEach((name, index) => {
  if (index > 0) process.stdout.write('\n');
  bench(name, options.files ?? KINDS[name].defaultFiles, options);
});
if (!argv.includes('--kind') && !argv.some((arg) => arg.startsWith('--kind='))) {
  process.stdout.write('\n');
  runScript('audit', []);
  process.stdout.write('\n');
  runScript('hostile', [...(options.oneCore ? ['--one-core'] : []), '--cli', options.cli]);
}
