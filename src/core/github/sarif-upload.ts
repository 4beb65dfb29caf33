import { gzipSync } from 'node:zlib';
import { UserError } from '../errors';
import type { Logger } from './logger';
import type { GitHubClient } from './octokit';

/** Code scanning refuses a SARIF file over 10 MB after gzip. */
export const MAX_SARIF_GZIP_BYTES = 10_000_000;

export interface SarifUploadTarget {
  owner: string;
  repo: string;
  commitSha: string;
  /** refs/heads/<b>, refs/tags/<t>, refs/pull/<n>/merge or refs/pull/<n>/head. */
  ref: string;
  /** The checkout's URI, so absolute paths in the file become relative. */
  checkoutUri?: string;
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SarifUploadResult {
  id: string;
  url?: string;
  processingStatus?: 'pending' | 'complete' | 'failed';
  errors: string[];
}

const REF = /^refs\/(heads|tags)\/[^\s]+$|^refs\/pull\/\d+\/(merge|head)$/;

/**
 * Uploads SARIF to code scanning (gzip, then base64, with the commit and ref the analysis belongs to),
 * optionally waiting for GitHub to process it and reporting the errors it finds.
 */
export async function uploadSarif(
  client: GitHubClient,
  target: SarifUploadTarget,
  sarifJson: string,
  log: Logger,
  wait?: WaitOptions,
): Promise<SarifUploadResult> {
  if (!/^[0-9a-f]{40}$/.test(target.commitSha)) {
    throw new UserError(`cannot upload SARIF: "${target.commitSha}" is not a full commit SHA`);
  }
  if (!REF.test(target.ref)) {
    throw new UserError(
      `cannot upload SARIF for ref "${target.ref}"`,
      'Code scanning takes refs/heads/<branch>, refs/tags/<tag> or refs/pull/<n>/merge|head.',
    );
  }
  const compressed = gzipSync(Buffer.from(sarifJson, 'utf8'));
  if (compressed.length > MAX_SARIF_GZIP_BYTES) {
    throw new UserError(
      `the SARIF file is ${compressed.length} bytes after gzip; code scanning accepts at most ${MAX_SARIF_GZIP_BYTES}`,
      'Raise fail-on or narrow the scanned paths; the SARIF file on disk still has every result.',
    );
  }
  const response = await client.rest.codeScanning.uploadSarif({
    owner: target.owner,
    repo: target.repo,
    commit_sha: target.commitSha,
    ref: target.ref,
    sarif: compressed.toString('base64'),
    ...(target.checkoutUri ? { checkout_uri: target.checkoutUri } : {}),
    tool_name: 'cloudgate',
  });
  const id = response.data.id ?? '';
  const result: SarifUploadResult = {
    id,
    ...(response.data.url ? { url: response.data.url } : {}),
    errors: [],
  };
  log.info(`SARIF uploaded to code scanning (id ${id}).`);
  if (!wait || !id) return result;
  return { ...result, ...(await waitForProcessing(client, target, id, wait)) };
}

async function waitForProcessing(
  client: GitHubClient,
  target: SarifUploadTarget,
  id: string,
  wait: WaitOptions,
): Promise<Pick<SarifUploadResult, 'processingStatus' | 'errors'>> {
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + wait.timeoutMs;
  for (;;) {
    const status = await client.rest.codeScanning.getSarif({
      owner: target.owner,
      repo: target.repo,
      sarif_id: id,
    });
    const state = status.data.processing_status ?? 'pending';
    if (state !== 'pending') return { processingStatus: state, errors: [...(status.data.errors ?? [])] };
    if (Date.now() + wait.intervalMs > deadline) return { processingStatus: 'pending', errors: [] };
    await sleep(wait.intervalMs);
  }
}
