import type { WorkWatcher } from './warm-up';

export interface MaglevFirstOptions {
  /** Kinds of work (IaC formats) that run best on Maglev's code alone. */
  maglevKinds: ReadonlySet<string>;
  /** Text of other kinds after which TurboFan is let in. */
  otherBytes: number;
  /** Text of any kinds after which TurboFan is let in: a run that long pays its compiles back. */
  totalBytes: number;
  setFlag(flag: string): void;
}

/**
 * On one CPU under a V8 with a mid-tier compiler (Maglev), TurboFan held back while the work is of
 * kinds that do best without it, and let in for the rest of the process once enough work of other
 * kinds, or enough work at all, has been done. The process starts with `--no-turbofan` and with
 * tier-up checks in Maglev's code (`--force-emit-interrupt-budget-checks`): without them, code
 * Maglev compiled while TurboFan was out would never reach TurboFan afterwards.
 *
 * The end of a scan's reading changes nothing (the rules that run after it may be the hottest code of
 * the run); `restore` puts `--no-turbofan` back only for the code cache.
 */
export class MaglevFirst implements WorkWatcher {
  private other = 0;
  private total = 0;
  private turbofan = false;

  constructor(private readonly options: MaglevFirstOptions) {}

  progress(kind: string, bytes: number): void {
    this.total += bytes;
    if (!this.options.maglevKinds.has(kind)) this.other += bytes;
    if (this.other >= this.options.otherBytes || this.total >= this.options.totalBytes)
      this.setTurbofan(true);
  }

  settle(): void {
    // TurboFan, once in, stays in until the process restores its start flags.
  }

  restore(): void {
    this.setTurbofan(false);
  }

  private setTurbofan(on: boolean): void {
    if (on === this.turbofan) return;
    this.turbofan = on;
    this.options.setFlag(on ? '--turbofan' : '--no-turbofan');
  }
}
