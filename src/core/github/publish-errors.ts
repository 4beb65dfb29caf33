import { UserError } from '../errors';

export const FORK_DOCS =
  'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/actions.md#pull-requests-from-forks';

/** What went wrong with one publishing step, in words that say what to change. */
export function describePublishError(step: string, permission: string, error: unknown): string {
  if (error instanceof UserError) return `${step} skipped: ${error.describe()}`;
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message : String(error);
  if (/not accessible by integration/i.test(message)) {
    return (
      `${step} skipped: the token cannot do this (GitHub answered "Resource not accessible by integration"). ` +
      `Give the job \`permissions: ${permission}\`. Pull requests from forks always get a read-only token: see ${FORK_DOCS}`
    );
  }
  if (/advanced security|code scanning is not enabled|code security/i.test(message)) {
    return `${step} skipped: code scanning is not enabled for this repository (${message}). Private repositories need GitHub Code Security; the SARIF file is still on disk.`;
  }
  if (status === 401)
    return `${step} failed: GitHub did not accept the token (${message}). Check the github-token input.`;
  if (status === 404)
    return `${step} failed: not found (${message}); the token may not see this repository or pull request.`;
  if (status !== undefined && status >= 500)
    return `${step} failed: GitHub kept answering ${status} after retries (${message}). Re-run the job later.`;
  if (status !== undefined) return `${step} failed: GitHub answered ${status} (${message}).`;
  return `${step} failed: ${message}. This is a bug in cloudgate; please report it at https://github.com/cloudgate-dev/cloudgate/issues`;
}

/** A 5xx (or a network failure, which Octokit reports as 500): the write may or may not have happened. */
export function isServerError(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status !== undefined && status >= 500;
}

/** A create (POST) answered with a 5xx: GitHub may have made it, so look before trying again. */
export function isLostCreate(error: unknown): boolean {
  const method = (error as { request?: { method?: string } }).request?.method;
  return method === 'POST' && isServerError(error);
}
