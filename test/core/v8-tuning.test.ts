import { spawnSync } from 'node:child_process';
import { scanningV8Flags, scanningWorkWatcher, tieringOf } from '../../src/core/v8-tuning';

const BASE = ['--no-allocation-site-pretenuring', '--max-inlined-bytecode-size-cumulative=100'];
const LEANER = [
  '--no-turbo-loop-peeling',
  '--no-turbo-loop-variable',
  '--no-turbo-loop-rotation',
  '--no-turbo-inline-array-builtins',
];

/** The flags a one-CPU watcher sets when a run handles `bytes` of Terraform and then restores its start flags. */
function warmUpFlags(tiering: Parameters<typeof scanningWorkWatcher>[2], bytes: number): string[] {
  const flags: string[] = [];
  const watcher = scanningWorkWatcher(1, (flag) => flags.push(flag), tiering);
  watcher?.progress('terraform', bytes);
  watcher?.restore();
  return flags;
}

describe('V8 flags for a scan', () => {
  it("tells Node 20's V8 from Node 22's and Node 24's, and leaves V8s not measured at the plainest tuning", () => {
    expect(tieringOf('11.3.244.8-node.38')).toBe('budget');
    expect(tieringOf('12.4.254.21-node.57')).toBe('calls');
    expect(tieringOf('13.6.233.17-node.63')).toBe('calls-maglev');
    expect(tieringOf('14.1.146.11-node.14')).toBe('calls');
  });

  it('adds the one-CPU flags only when the process has one CPU, for each V8', () => {
    for (const tiering of ['budget', 'calls', 'calls-maglev'] as const) {
      expect(scanningV8Flags(2, tiering)).toEqual(BASE);
      expect(scanningV8Flags(8, tiering)).toEqual(BASE);
    }
    expect(scanningV8Flags(1, 'budget')).toEqual([...BASE, '--interrupt-budget=202752', ...LEANER]);
    expect(scanningV8Flags(1, 'calls')).toEqual([...BASE, ...LEANER]);
    expect(scanningV8Flags(1, 'calls-maglev')).toEqual([
      ...BASE,
      '--no-turbofan',
      '--force-emit-interrupt-budget-checks',
      ...LEANER,
    ]);
  });

  it('never passes --interrupt-budget to a V8 that counts calls', () => {
    for (const tiering of ['calls', 'calls-maglev'] as const) {
      const flags = [...scanningV8Flags(1, tiering), ...warmUpFlags(tiering, 1 << 30)];
      expect(flags.filter((flag) => flag.startsWith('--interrupt-budget'))).toEqual([]);
    }
  });

  it('on one CPU under Node 20, raises the budget thirtyfold after 2 MiB of text, and puts back the start budget', () => {
    const flags: string[] = [];
    expect(scanningWorkWatcher(2, (flag) => flags.push(flag), 'budget')).toBeUndefined();
    const warmUp = scanningWorkWatcher(1, (flag) => flags.push(flag), 'budget')!;
    warmUp.progress('terraform', 2 * 1024 * 1024 - 1);
    expect(flags).toEqual([]);
    warmUp.progress('terraform', 1);
    warmUp.settle();
    expect(flags).toEqual(['--interrupt-budget=6082560', '--interrupt-budget=202752']);
    expect(scanningV8Flags(1, 'budget')).toContain(flags[1]);
  });

  it('leaves the optimiser alone once started under Node 22', () => {
    expect(scanningWorkWatcher(1, () => undefined, 'calls')).toBeUndefined();
  });

  it('on one CPU under Node 24, keeps TurboFan out through Terraform and lets it in for half a MiB of other work', () => {
    const flags: string[] = [];
    expect(scanningWorkWatcher(2, (flag) => flags.push(flag), 'calls-maglev')).toBeUndefined();
    const watcher = scanningWorkWatcher(1, (flag) => flags.push(flag), 'calls-maglev')!;
    watcher.progress('terraform', 60 * 1024 * 1024);
    watcher.progress('kubernetes', 512 * 1024 - 1);
    watcher.settle();
    expect(flags).toEqual([]);
    watcher.progress('github-actions', 1);
    expect(flags).toEqual(['--turbofan']);
    watcher.restore();
    expect(flags).toEqual(['--turbofan', '--no-turbofan']);
    expect(scanningV8Flags(1, 'calls-maglev')).toContain(flags[1]);
  });

  it('on one CPU under Node 24, lets TurboFan into a run of Terraform alone after 128 MiB of text', () => {
    const flags: string[] = [];
    const watcher = scanningWorkWatcher(1, (flag) => flags.push(flag), 'calls-maglev')!;
    watcher.progress('terraform', 128 * 1024 * 1024 - 1);
    expect(flags).toEqual([]);
    watcher.progress('terraform', 1);
    expect(flags).toEqual(['--turbofan']);
  });

  // v8.setFlagsFromString prints an error for a flag this V8 does not know; Node's command line refuses it.
  it.each([...scanningV8Flags(1), ...warmUpFlags(tieringOf(), 1 << 30)])(
    '%s is a flag of the V8 in this Node',
    (flag) => {
      const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});
