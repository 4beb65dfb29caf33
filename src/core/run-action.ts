import { describeUnexpected, UserError } from './errors';
import { describeGate, type GateResult } from './gate';
import type { RunnerIO } from './github/runner-io';

export interface ActionOutcome {
  gate: GateResult;
}

/** Exit codes: the gate failed (an outcome), the user must change something, or cloudgate has a bug. */
export const EXIT = { passed: 0, gateFailed: 1, userError: 2, bug: 3 } as const;

/**
 * The one top-level try/catch of every action. A failing gate is an outcome: its message names what
 * blocks and the settings that decided. A UserError says what to change. Anything else is a bug.
 * Publishing problems never reach here: they are part of the outcome, so a failed comment can neither
 * fail a passing job nor pass a failing one.
 */
export async function runAction(io: RunnerIO, body: () => Promise<ActionOutcome>): Promise<number> {
  try {
    const { gate } = await body();
    if (gate.passed) {
      io.log.info(describeGate(gate));
      return EXIT.passed;
    }
    io.setFailed(describeGate(gate));
    return EXIT.gateFailed;
  } catch (error) {
    if (error instanceof UserError) {
      io.setFailed(error.describe());
      return EXIT.userError;
    }
    io.setFailed(describeUnexpected(error));
    return EXIT.bug;
  }
}
