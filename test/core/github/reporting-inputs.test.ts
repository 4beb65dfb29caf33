import { UserError } from '../../../src/core/errors';
import { readReportingInputs } from '../../../src/core/github/reporting-inputs';

const read = (env: Record<string, string>) =>
  readReportingInputs({ RUNNER_TEMP: '/runner/temp', ...env }, { category: 'cloudgate-image' });

function failure(env: Record<string, string>): string {
  try {
    read(env);
  } catch (error) {
    if (error instanceof UserError) return error.describe();
    throw error;
  }
  throw new Error('no error');
}

describe('the reporting inputs every action shares', () => {
  it('reads wait-for-processing as true/false (two minutes) or as seconds', () => {
    expect(read({}).waitForProcessingSeconds).toBe(0);
    expect(read({ CLOUDGATE_WAIT_FOR_PROCESSING: 'true' }).waitForProcessingSeconds).toBe(120);
    expect(read({ CLOUDGATE_WAIT_FOR_PROCESSING: 'false' }).waitForProcessingSeconds).toBe(0);
    expect(read({ CLOUDGATE_WAIT_FOR_PROCESSING: '45' }).waitForProcessingSeconds).toBe(45);
    expect(read({ CLOUDGATE_WAIT_FOR_PROCESSING: '0' }).waitForProcessingSeconds).toBe(0);
    expect(failure({ CLOUDGATE_WAIT_FOR_PROCESSING: '6000' })).toMatch(/"6000"[\s\S]*from 0 to 600/);
    expect(failure({ CLOUDGATE_WAIT_FOR_PROCESSING: 'soon' })).toMatch(/not a boolean[\s\S]*true or false/);
  });

  it('prefers the composite spelling and defaults the output folder by category', () => {
    const inputs = read({
      CLOUDGATE_MAX_COMMENTS: '20',
      'INPUT_MAX-COMMENTS': '5',
      CLOUDGATE_FAIL_ON: 'Critical',
    });
    expect(inputs).toMatchObject({ maxComments: 20, failOn: 'critical', category: 'cloudgate-image' });
    expect(inputs.outputDir).toBe('/runner/temp/cloudgate/cloudgate-image');
  });
});
