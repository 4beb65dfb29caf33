export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 passed, 1 the gate failed, 2 usage, config or internal error. */
  run(argv: string[]): Promise<number>;
}

export const EXIT = { passed: 0, gateFailed: 1, error: 2 } as const;
