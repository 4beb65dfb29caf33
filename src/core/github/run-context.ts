import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';

export const RUN_CONTEXT_FILE = 'cloudgate-context.json';
const SCHEMA = 'cloudgate.context/v1';
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_FINGERPRINTS = 500_000;
const SHA = /^[0-9a-f]{40}$/;
const FINGERPRINT = /^[0-9a-f]{8,64}(?::\d{1,6})?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

/**
 * What a scan job knows that the report alone does not, saved next to it for the report action: the
 * pull request it scanned and, with fail-on-scope new, the fingerprints of the base commit's scan.
 */
export interface RunContext {
  repository: string;
  pullRequest?: { number: number; headSha: string; baseSha: string };
  baseFingerprints?: string[];
}

export function writeRunContext(outputDir: string, context: RunContext): string {
  const file = path.join(outputDir, RUN_CONTEXT_FILE);
  writeFileSync(file, `${JSON.stringify({ schema: SCHEMA, ...context })}\n`, 'utf8');
  return file;
}

/** Reads a context file another (possibly untrusted) job wrote: strict shapes, bounded sizes. */
export function parseRunContext(text: string, source: string): RunContext {
  const bad = (problem: string) =>
    new UserError(
      `${source} is not a valid cloudgate context file: ${problem}`,
      'It must be the cloudgate-context.json a cloudgate scan step wrote; artifacts of fork pull requests are checked strictly.',
    );
  if (Buffer.byteLength(text, 'utf8') > MAX_BYTES) throw bad(`larger than ${MAX_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('not JSON');
  }
  const root = asObject(value, bad, '$');
  if (root.schema !== SCHEMA) throw bad(`schema must be ${SCHEMA}`);
  if (typeof root.repository !== 'string' || !REPOSITORY.test(root.repository))
    throw bad('repository must be owner/name');
  const context: RunContext = { repository: root.repository };
  if (root.pullRequest !== undefined) {
    const pull = asObject(root.pullRequest, bad, '$.pullRequest');
    if (typeof pull.number !== 'number' || !Number.isSafeInteger(pull.number) || pull.number < 1)
      throw bad('pullRequest.number must be a positive integer');
    if (typeof pull.headSha !== 'string' || !SHA.test(pull.headSha))
      throw bad('pullRequest.headSha must be a full commit SHA');
    if (typeof pull.baseSha !== 'string' || !SHA.test(pull.baseSha))
      throw bad('pullRequest.baseSha must be a full commit SHA');
    context.pullRequest = { number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha };
  }
  if (root.baseFingerprints !== undefined) {
    const list = root.baseFingerprints;
    if (!Array.isArray(list) || list.length > MAX_FINGERPRINTS)
      throw bad(`baseFingerprints must be a list of at most ${MAX_FINGERPRINTS}`);
    if (!list.every((entry) => typeof entry === 'string' && FINGERPRINT.test(entry)))
      throw bad('baseFingerprints must hold fingerprints');
    context.baseFingerprints = list as string[];
  }
  return context;
}

function asObject(value: unknown, bad: (problem: string) => Error, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bad(`${where} must be an object`);
  return value as Record<string, unknown>;
}
