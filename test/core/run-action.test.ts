import { UserError } from '../../src/core/errors';
import { evaluateGate } from '../../src/core/gate';
import { createRunnerIO } from '../../src/core/github/runner-io';
import { EXIT, runAction } from '../../src/core/run-action';
import { fileFinding, reportOf } from './github/report-fixtures';

describe('runAction, the one top-level handler', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, io: createRunnerIO({}, (text) => void lines.push(text)) };
  };

  it('turns a failing gate into a failed step that names what blocks, not into an error', async () => {
    const { lines, io } = capture();
    const gate = evaluateGate(reportOf([fileFinding('k8s/a.yaml', 3)]), { failOn: 'high' });
    expect(await runAction(io, async () => ({ gate }))).toBe(EXIT.gateFailed);
    expect(lines.join('')).toMatch(/^::error::Gate failed: 1 finding at or above high.*k8s\/a\.yaml:3/m);
    expect(lines.join('')).not.toMatch(/bug/);
  });

  it('passes quietly with the verdict in the log', async () => {
    const { lines, io } = capture();
    const gate = evaluateGate(reportOf([]), { failOn: 'high' });
    expect(await runAction(io, async () => ({ gate }))).toBe(EXIT.passed);
    expect(lines.join('')).toMatch(/^Gate passed/m);
  });

  it('reports a UserError with its hint, and anything else as a bug with where to report it', async () => {
    const user = capture();
    expect(
      await runAction(user.io, async () => Promise.reject(new UserError('the input "x" is wrong', 'Use y.'))),
    ).toBe(EXIT.userError);
    expect(user.lines.join('')).toBe('::error::the input "x" is wrong%0AUse y.\n');
    const bug = capture();
    expect(
      await runAction(bug.io, async () => Promise.reject(new TypeError('undefined is not a function'))),
    ).toBe(EXIT.bug);
    expect(bug.lines.join('')).toMatch(/TypeError: undefined is not a function.*This is a bug in cloudgate/);
  });
});
