/**
 * What an entry point installs to tune V8 as a scan goes (`WarmUp`, `MaglevFirst`): told of the
 * work as it is done, and of its end.
 */
export interface WorkWatcher {
  /** `kind` of work just handled `bytes` of text. */
  progress(kind: string, bytes: number): void;
  /** A scan has read its last file: what follows is other code. */
  settle(): void;
  /** The flags the process started with, back: V8 takes its code cache only under those. */
  restore(): void;
}

/** How a `WarmUp` sets V8's optimisation budget, and when. */
export interface WarmUpOptions {
  /** Text handled after the last new kind of work before the code counts as warm. */
  windowBytes: number;
  /** The flag setting the budget the process started with, and the raised one. */
  startFlag: string;
  raisedFlag: string;
  setFlag(flag: string): void;
}

/**
 * V8's optimisation budget raised once the code of the work under way has warmed up.
 *
 * V8 optimises a function once it has run enough bytecode (the interrupt budget), at any point of a
 * run. Early in a scan that is what makes it fast: the lexer, the evaluator and the rules' views are
 * optimised within its first mebibytes. Later, the functions that reach the budget are the lukewarm
 * ones, and on one CPU each compile takes its time from the scan while the little that remains of
 * the run cannot pay it back. So once enough text has been handled since the last new kind of work
 * (an IaC format) appeared, the budget is raised: a function that stays hot still gets optimised,
 * after running longer. A kind of work first met later (Kubernetes files after the Terraform ones)
 * brings cold code of its own, so the start budget comes back until that much text more is handled.
 */
export class WarmUp implements WorkWatcher {
  private readonly kinds = new Set<string>();
  private sinceNewKind = 0;
  private raised = false;

  constructor(private readonly options: WarmUpOptions) {}

  /** `kind` of work just handled `bytes` of text. */
  progress(kind: string, bytes: number): void {
    if (!this.kinds.has(kind)) {
      this.kinds.add(kind);
      this.sinceNewKind = 0;
      this.setRaised(false);
    }
    this.sinceNewKind += bytes;
    if (this.sinceNewKind >= this.options.windowBytes) this.setRaised(true);
  }

  /**
   * Back to the start budget: at the end of a scan (what follows is other code), and before V8's
   * code cache is written, which records the flags and is only taken by a process whose flags match.
   */
  settle(): void {
    this.setRaised(false);
  }

  restore(): void {
    this.settle();
  }

  private setRaised(raised: boolean): void {
    if (raised === this.raised) return;
    this.raised = raised;
    this.options.setFlag(raised ? this.options.raisedFlag : this.options.startFlag);
  }
}

let installed: WorkWatcher | undefined;

/** The watcher `noteWork` reports to; entry points that tune V8 install one. */
export function installWorkWatcher(watcher: WorkWatcher | undefined): void {
  installed = watcher;
}

/** For scanners: a kind of work handled some text. Does nothing unless an entry point installed a watcher. */
export function noteWork(kind: string, bytes: number): void {
  installed?.progress(kind, bytes);
}

/** For scanners at the end of their main loop. */
export function settleWarmUp(): void {
  installed?.settle();
}

/** For entry points, before writing V8's code cache. */
export function restoreStartFlags(): void {
  installed?.restore();
}
