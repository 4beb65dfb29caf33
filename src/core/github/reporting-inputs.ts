import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFailOn, type FailOn, type GateScope } from '../gate';
import { getBooleanInput, getChoiceInput, getInput, getIntegerInput, type InputEnv } from '../inputs';
import type { CommentMode } from './publish-types';

/** The inputs every cloudgate action shares: the gate and where results go. */
export interface ReportingInputs {
  failOn: FailOn;
  scope: GateScope;
  comment: CommentMode;
  sarifUpload: boolean;
  category: string;
  token: string;
  maxComments: number;
  waitForProcessingSeconds: number;
  outputDir: string;
}

export const DEFAULT_MAX_COMMENTS = 25;
const WAIT_SECONDS = 120;
const MAX_WAIT_SECONDS = 600;

export function readReportingInputs(env: InputEnv, defaults: { category: string }): ReportingInputs {
  const category = getInput(env, 'category') || defaults.category;
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  return {
    failOn: parseFailOn(getInput(env, 'fail-on') || 'high'),
    scope: getChoiceInput(env, 'fail-on-scope', ['all', 'new'] as const, 'all'),
    comment: getChoiceInput(env, 'comment', ['review', 'summary', 'none'] as const, 'review'),
    sarifUpload: getBooleanInput(env, 'sarif-upload', true),
    category,
    token: getInput(env, 'github-token') || env.GITHUB_TOKEN || '',
    maxComments: getIntegerInput(env, 'max-comments', { min: 0, max: 100, fallback: DEFAULT_MAX_COMMENTS }),
    waitForProcessingSeconds: waitSeconds(env),
    outputDir: path.resolve(
      getInput(env, 'output-dir') || path.join(runnerTemp, 'cloudgate', category.replace(/[^\w.-]/g, '_')),
    ),
  };
}

/** `true` waits two minutes; a whole number of seconds (the image action's spelling) waits that long. */
function waitSeconds(env: InputEnv): number {
  if (/^\d+$/.test(getInput(env, 'wait-for-processing')))
    return getIntegerInput(env, 'wait-for-processing', { min: 0, max: MAX_WAIT_SECONDS, fallback: 0 });
  return getBooleanInput(env, 'wait-for-processing', false) ? WAIT_SECONDS : 0;
}
