import {
  installWorkWatcher,
  noteWork,
  restoreStartFlags,
  settleWarmUp,
  WarmUp,
} from '../../src/core/warm-up';

const START = '--interrupt-budget=100';
const RAISED = '--interrupt-budget=3000';

function warmUp(windowBytes = 1000): { warm: WarmUp; flags: string[] } {
  const flags: string[] = [];
  const warm = new WarmUp({
    windowBytes,
    startFlag: START,
    raisedFlag: RAISED,
    setFlag: (flag) => flags.push(flag),
  });
  return { warm, flags };
}

describe('the warm-up of the optimisation budget', () => {
  it('raises the budget once, when the window of text has been handled', () => {
    const { warm, flags } = warmUp();
    warm.progress('terraform', 600);
    expect(flags).toEqual([]);
    warm.progress('terraform', 399);
    expect(flags).toEqual([]);
    warm.progress('terraform', 1);
    expect(flags).toEqual([RAISED]);
    warm.progress('terraform', 5000);
    expect(flags).toEqual([RAISED]);
  });

  it('counts every kind of work towards the window', () => {
    const { warm, flags } = warmUp();
    warm.progress('terraform', 500);
    warm.progress('kubernetes', 300);
    warm.progress('terraform', 699);
    expect(flags).toEqual([]);
    warm.progress('terraform', 1);
    expect(flags).toEqual([RAISED]);
  });

  it('goes back to the start budget for a window when a new kind of work appears late', () => {
    const { warm, flags } = warmUp();
    warm.progress('terraform', 1500);
    warm.progress('kubernetes', 10);
    expect(flags).toEqual([RAISED, START]);
    warm.progress('terraform', 500);
    warm.progress('kubernetes', 489);
    expect(flags).toEqual([RAISED, START]);
    warm.progress('kubernetes', 1);
    expect(flags).toEqual([RAISED, START, RAISED]);
    // A kind met before brings no new window.
    warm.progress('terraform', 10);
    expect(flags).toEqual([RAISED, START, RAISED]);
  });

  it('settles back to the start budget, and sets nothing when the budget was never raised', () => {
    const { warm, flags } = warmUp();
    warm.settle();
    expect(flags).toEqual([]);
    warm.progress('terraform', 2000);
    warm.settle();
    warm.settle();
    expect(flags).toEqual([RAISED, START]);
  });

  it('restores the start budget as it settles', () => {
    const { warm, flags } = warmUp();
    warm.progress('terraform', 2000);
    warm.restore();
    expect(flags).toEqual([RAISED, START]);
  });

  it('reports the work of scanners to the installed warm-up only', () => {
    const { warm, flags } = warmUp(10);
    noteWork('terraform', 100);
    settleWarmUp();
    restoreStartFlags();
    installWorkWatcher(warm);
    try {
      noteWork('terraform', 100);
      settleWarmUp();
      noteWork('terraform', 100);
      restoreStartFlags();
    } finally {
      installWorkWatcher(undefined);
    }
    noteWork('terraform', 100);
    restoreStartFlags();
    expect(flags).toEqual([RAISED, START, RAISED, START]);
  });
});
