import { evaluate, evaluateCondition, interpolate } from './harness/expressions';

const status = { success: true, failure: false, cancelled: false };
const contexts = {
  inputs: { 'fail-on': 'high', 'run-id': '', token: 'abc' },
  runner: { temp: '/runner/temp' },
  github: { run_id: '77' },
  steps: { scan: { outputs: { 'output-dir': '/o' } } },
};

describe('the expression subset the composite runner understands', () => {
  it("evaluates the expressions our action.yml files use, with GitHub's operand-returning && and ||", () => {
    expect(interpolate('${{ inputs.fail-on }}', contexts, status)).toBe('high');
    expect(
      interpolate("${{ inputs.run-id || format('{0}/cloudgate-reports', runner.temp) }}", contexts, status),
    ).toBe('/runner/temp/cloudgate-reports');
    expect(interpolate("${{ inputs.run-id != '' && inputs.token || '' }}", contexts, status)).toBe('');
    expect(evaluate("inputs.fail-on == 'HIGH'", contexts, status)).toBe(true);
    expect(evaluateCondition("${{ !cancelled() && inputs.run-id != '' }}", contexts, status)).toBe(false);
    expect(
      evaluateCondition("steps.scan.outputs.output-dir != ''", contexts, {
        success: false,
        failure: true,
        cancelled: false,
      }),
    ).toBe(false);
    expect(
      evaluateCondition("!cancelled() && steps.scan.outputs.output-dir != ''", contexts, {
        success: false,
        failure: true,
        cancelled: false,
      }),
    ).toBe(true);
  });

  it('refuses what it does not understand instead of guessing', () => {
    expect(() => evaluate('secrets.TOKEN', contexts, status)).toThrow(/unknown context "secrets"/);
    expect(() => evaluate("contains(inputs.fail-on, 'h')", contexts, status)).toThrow(
      /unsupported function contains/,
    );
    expect(() => evaluate('inputs.fail-on >= 2', contexts, status)).toThrow(/unsupported expression syntax/);
  });
});
