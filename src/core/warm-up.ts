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
export class WarmUp {
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

  private setRaised(raised: boolean): void {
    if (raised === this.raised) return;
    this.raised = raised;
    this.options.setFlag(raised ? this.options.raisedFlag : this.options.startFlag);
  }
}

let installed: WarmUp | undefined;

/** The warm-up `noteWork` reports to; entry points that tune V8 install one. */
export function installWarmUp(warmUp: WarmUp | undefined): void {
  installed = warmUp;
}

/** For scanners: a kind of work handled some text. Does nothing unless an entry point installed a warm-up. */
export function noteWork(kind: string, bytes: number): void {
  installed?.progress(kind, bytes);
}

/** For scanners at the end of their main loop, and entry points before writing the code cache. */
export function settleWarmUp(): void {
  installed?.settle();
}
