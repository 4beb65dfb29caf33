import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { MaglevFirst } from './maglev-first';
import { installWorkWatcher, WarmUp, type WorkWatcher } from './warm-up';

/**
 * How much bytecode a function runs before V8 considers optimising it, when the process has one
 * CPU: three times V8's default (67,584 bytes in Node 20).
 */
const ONE_CPU_INTERRUPT_BUDGET = 3 * 67_584;
/** Set at start, and again by the warm-up when it settles: the code cache needs the two to agree. */
const ONE_CPU_BUDGET_FLAG = `--interrupt-budget=${ONE_CPU_INTERRUPT_BUDGET}`;

/**
 * Text a one-CPU scan handles after the last new kind of work appeared, before its code counts as
 * warm (`WarmUp`).
 */
const WARM_UP_BYTES = 2 * 1024 * 1024;

/** The budget once warm: thirty times the start budget. */
const WARM_INTERRUPT_BUDGET = 30 * ONE_CPU_INTERRUPT_BUDGET;

/**
 * Optimisations of V8's optimising compiler that enlarge the graph it compiles: copying a loop's
 * first iteration out (peeling), rewriting loops and their induction variables, and inlining the
 * callbacks of `map`, `filter`, `forEach` and the like. On one CPU their compile time comes out of
 * the scan's, and they gave back less than it.
 */
const ONE_CPU_LEANER_COMPILES = [
  '--no-turbo-loop-peeling',
  '--no-turbo-loop-variable',
  '--no-turbo-loop-rotation',
  '--no-turbo-inline-array-builtins',
];

/**
 * How the V8 in this Node decides when to optimise a function, which sets the flags that tune it:
 * - `budget`: by the bytecode it has run (`--interrupt-budget`; Node 20, V8 11).
 * - `calls`: by the calls it has had (V8 12 and later). `--interrupt-budget` is gone there, and V8
 *   answers it with an error on the standard error stream.
 * - `calls-maglev`: the same, with the mid-tier compiler Maglev on, as measured in V8 13 (Node 24).
 *   Node 22's V8 has Maglev off; later V8s are left at `calls` until measured.
 */
export type V8Tiering = 'budget' | 'calls' | 'calls-maglev';

export function tieringOf(v8Version: string = process.versions.v8): V8Tiering {
  const major = Number.parseInt(v8Version, 10);
  if (major < 12) return 'budget';
  return major === 13 ? 'calls-maglev' : 'calls';
}

/**
 * Under `calls-maglev` on one CPU, the kinds of work that run best on Maglev's code alone, and how
 * much text of other kinds, or of all kinds, lets TurboFan in (`MaglevFirst`).
 */
const MAGLEV_KINDS: ReadonlySet<string> = new Set(['terraform']);
const TURBOFAN_AFTER_OTHER_BYTES = 512 * 1024;
const TURBOFAN_AFTER_BYTES = 128 * 1024 * 1024;

/**
 * V8 settings for a process that scans once and exits. Each is read when V8 next collects or
 * compiles, so setting them at start-up works (docs/performance.md has the figures).
 *
 * - No allocation-site pretenuring. A scan parses and evaluates one folder at a time, and some of
 *   what it makes at one place in the code outlives a young-generation collection (a module's
 *   syntax tree, the resources a root module keeps). V8 then allocates everything made there
 *   straight into the old generation, where the many objects that die young stay until a full
 *   collection, and every scavenge meanwhile copies the young objects they point at. Without it a
 *   5,000-file Terraform scan spends about a fifth less time collecting and peaks about 50 MiB lower.
 * - A small inlining budget. V8's optimising compiler inlines deeply, which suits code that runs for
 *   minutes: a scan's functions run for seconds, and inlining into the hundreds it optimises cost a
 *   one-CPU Terraform scan more compile time than the faster code gave back.
 * - On one CPU under Node 20 (`budget` tiering), optimising later. The optimiser compiles on V8's helper threads,
 *   which on one CPU take their time from the scan: compiling and collecting there took a third of a
 *   one-CPU scan's CPU time. Waiting for more bytecode to run first leaves only the functions that
 *   stay hot, and leaner compiles make each of them cheaper. With a second CPU the compiler does not
 *   compete, and optimising sooner and fully is as fast or faster there.
 * - On one CPU, optimising much later once warm (`WarmUp`): once a scan has handled 2 MiB of text
 *   since the last new kind of work (an IaC format) appeared, the budget is thirty times higher, so
 *   that lukewarm functions are no longer compiled.
 * - Under Node 22 (`calls` tiering), nothing more: V8 counts calls there, and raising the count
 *   before TurboFan optimises (`--invocation-count-for-turbofan`) gave nothing measurable.
 * - On one CPU under Node 24 (`calls-maglev`), no TurboFan while the work is Terraform: Maglev's code
 *   alone scanned 5,000 and 10,000 Terraform files in 0.86 and 0.90 times the time, TurboFan's
 *   compiles costing those runs more than they gave back, and 40,000 files (68 MB) in about the same
 *   time. A Kubernetes scan took 1.08 times as long without TurboFan, so half a mebibyte of text of
 *   other kinds lets it in, and so do 128 MiB of any kinds, a run long enough to pay the compiles
 *   back (`MaglevFirst`). Letting it in costs about a quarter of a second of compiling whenever it
 *   comes, which is why it does not come sooner.
 *
 * Returns the flags it set at start-up, which the code cache is keyed by; the watcher puts its own
 * changes back before the cache is written (`restoreStartFlags`).
 */
export function tuneV8ForScanning(cpus: number = availableParallelism()): string[] {
  const tiering = tieringOf();
  const flags = scanningV8Flags(cpus, tiering);
  for (const flag of flags) setFlagsFromString(flag);
  installWorkWatcher(scanningWorkWatcher(cpus, setFlagsFromString, tiering));
  return flags;
}

/** On one CPU, what changes V8's flags as a scan goes, if anything does under this V8. */
export function scanningWorkWatcher(
  cpus: number,
  setFlag: (flag: string) => void,
  tiering: V8Tiering = tieringOf(),
): WorkWatcher | undefined {
  if (cpus !== 1) return undefined;
  switch (tiering) {
    case 'budget':
      return new WarmUp({
        windowBytes: WARM_UP_BYTES,
        startFlag: ONE_CPU_BUDGET_FLAG,
        raisedFlag: `--interrupt-budget=${WARM_INTERRUPT_BUDGET}`,
        setFlag,
      });
    case 'calls-maglev':
      return new MaglevFirst({
        maglevKinds: MAGLEV_KINDS,
        otherBytes: TURBOFAN_AFTER_OTHER_BYTES,
        totalBytes: TURBOFAN_AFTER_BYTES,
        setFlag,
      });
    case 'calls':
      return undefined;
  }
}

/** The flags `tuneV8ForScanning` sets for a process with this many CPUs, under this V8. */
export function scanningV8Flags(cpus: number, tiering: V8Tiering = tieringOf()): string[] {
  const flags = ['--no-allocation-site-pretenuring', '--max-inlined-bytecode-size-cumulative=100'];
  if (cpus !== 1) return flags;
  if (tiering === 'budget') flags.push(ONE_CPU_BUDGET_FLAG);
  if (tiering === 'calls-maglev') flags.push('--no-turbofan', '--force-emit-interrupt-budget-checks');
  flags.push(...ONE_CPU_LEANER_COMPILES);
  return flags;
}
