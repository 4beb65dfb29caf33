/** What the audit asked of AWS, for the log and the benchmark. */
export interface CallStats {
  calls: number;
  /** Attempts beyond the first, as the SDK reports them. */
  retries: number;
  failed: number;
}

export function emptyCallStats(): CallStats {
  return { calls: 0, retries: 0, failed: 0 };
}
