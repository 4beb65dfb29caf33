import { spawnSync } from 'node:child_process';
import { scanningV8Flags, scanningWarmUp } from '../../src/core/v8-tuning';

describe('V8 flags for a scan', () => {
  it('adds the one-CPU flags only when the process has one CPU', () => {
    const one = scanningV8Flags(1);
    const two = scanningV8Flags(2);
    expect(two).toEqual(['--no-allocation-site-pretenuring', '--max-inlined-bytecode-size-cumulative=100']);
    expect(one.slice(0, two.length)).toEqual(two);
    expect(one.slice(two.length)).toEqual([
      '--interrupt-budget=202752',
      '--no-turbo-loop-peeling',
      '--no-turbo-loop-variable',
      '--no-turbo-loop-rotation',
      '--no-turbo-inline-array-builtins',
    ]);
    expect(scanningV8Flags(8)).toEqual(two);
  });

  it('on one CPU, raises the budget thirtyfold after 2 MiB of text, and puts back the start budget', () => {
    const flags: string[] = [];
    expect(scanningWarmUp(2, (flag) => flags.push(flag))).toBeUndefined();
    const warmUp = scanningWarmUp(1, (flag) => flags.push(flag))!;
    warmUp.progress('terraform', 2 * 1024 * 1024 - 1);
    expect(flags).toEqual([]);
    warmUp.progress('terraform', 1);
    warmUp.settle();
    expect(flags).toEqual(['--interrupt-budget=6082560', '--interrupt-budget=202752']);
    expect(scanningV8Flags(1)).toContain(flags[1]);
  });

  // v8.setFlagsFromString ignores a flag this V8 does not know; Node's command line refuses it.
  it.each([...scanningV8Flags(1), '--interrupt-budget=6082560'])(
    '%s is a flag of the V8 in this Node',
    (flag) => {
      const run = spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});
