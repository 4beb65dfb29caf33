import { MaglevFirst } from '../../src/core/maglev-first';

function watcher(): { maglevFirst: MaglevFirst; flags: string[] } {
  const flags: string[] = [];
  const maglevFirst = new MaglevFirst({
    maglevKinds: new Set(['terraform']),
    otherBytes: 100,
    totalBytes: 1000,
    setFlag: (flag) => flags.push(flag),
  });
  return { maglevFirst, flags };
}

describe('TurboFan held back while the work runs best on Maglev alone', () => {
  it('keeps TurboFan out through work of the Maglev kinds, up to the total', () => {
    const { maglevFirst, flags } = watcher();
    maglevFirst.progress('terraform', 600);
    maglevFirst.progress('terraform', 399);
    expect(flags).toEqual([]);
    maglevFirst.progress('terraform', 1);
    expect(flags).toEqual(['--turbofan']);
  });

  it('lets TurboFan in once other kinds add up to their share, whichever kinds they are', () => {
    const { maglevFirst, flags } = watcher();
    maglevFirst.progress('kubernetes', 60);
    maglevFirst.progress('terraform', 500);
    maglevFirst.progress('dockerfile', 39);
    expect(flags).toEqual([]);
    maglevFirst.progress('arm', 1);
    expect(flags).toEqual(['--turbofan']);
    maglevFirst.progress('kubernetes', 5000);
    expect(flags).toEqual(['--turbofan']);
  });

  it('keeps TurboFan in at the end of a scan, and puts the start flag back only to restore', () => {
    const { maglevFirst, flags } = watcher();
    maglevFirst.restore();
    maglevFirst.settle();
    expect(flags).toEqual([]);
    maglevFirst.progress('kubernetes', 100);
    maglevFirst.settle();
    expect(flags).toEqual(['--turbofan']);
    maglevFirst.restore();
    maglevFirst.restore();
    expect(flags).toEqual(['--turbofan', '--no-turbofan']);
  });
});
