import { UserError } from '../../src/core/errors';
import {
  getBooleanInput,
  getChoiceInput,
  getInput,
  getIntegerInput,
  getListInput,
  getRequiredInput,
} from '../../src/core/inputs';

describe('action inputs', () => {
  it('reads the composite spelling and the JavaScript-action spelling, preferring the composite one', () => {
    expect(getInput({ 'INPUT_FAIL-ON': ' high ' }, 'fail-on')).toBe('high');
    expect(getInput({ INPUT_FAIL_ON: 'low' }, 'fail-on')).toBe('low');
    expect(getInput({ CLOUDGATE_FAIL_ON: 'medium', 'INPUT_FAIL-ON': 'high' }, 'fail-on')).toBe('medium');
    expect(getInput({ CLOUDGATE_GITHUB_TOKEN: 'x' }, 'github-token')).toBe('x');
    expect(getInput({}, 'fail-on')).toBe('');
  });

  it('takes an explicitly empty composite value as unset rather than falling back to INPUT_*', () => {
    expect(getInput({ CLOUDGATE_PATH: '', INPUT_PATH: 'other' }, 'path')).toBe('');
  });

  it('parses booleans as YAML 1.2 does and refuses anything else with a hint', () => {
    expect(getBooleanInput({ CLOUDGATE_SARIF_UPLOAD: 'False' }, 'sarif-upload', true)).toBe(false);
    expect(getBooleanInput({}, 'sarif-upload', true)).toBe(true);
    expect(() => getBooleanInput({ CLOUDGATE_SARIF_UPLOAD: 'yes' }, 'sarif-upload', true)).toThrow(UserError);
  });

  it('checks choices, numbers and required inputs', () => {
    expect(
      getChoiceInput({ CLOUDGATE_COMMENT: 'Summary' }, 'comment', ['review', 'summary', 'none'], 'review'),
    ).toBe('summary');
    expect(() =>
      getChoiceInput({ CLOUDGATE_COMMENT: 'loud' }, 'comment', ['review', 'none'], 'review'),
    ).toThrow(expect.objectContaining({ hint: 'Use one of: review, none.' }));
    try {
      getIntegerInput({ CLOUDGATE_MAX_COMMENTS: '1e3' }, 'max-comments', { min: 0, max: 100, fallback: 25 });
      throw new Error('accepted 1e3');
    } catch (error) {
      expect((error as UserError).describe()).toMatch(/whole number from 0 to 100/);
    }
    expect(
      getIntegerInput({ CLOUDGATE_MAX_COMMENTS: '40' }, 'max-comments', { min: 0, max: 100, fallback: 25 }),
    ).toBe(40);
    expect(() => getRequiredInput({}, 'reports-path')).toThrow(/"reports-path" is required/);
  });

  it('splits lists on new lines and commas', () => {
    expect(getListInput({ CLOUDGATE_PATH: 'infra/\n  k8s , charts\n\n' }, 'path')).toEqual([
      'infra/',
      'k8s',
      'charts',
    ]);
  });
});
