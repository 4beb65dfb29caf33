import { gunzipSync } from 'node:zlib';
import { ApiRequest, ApiResponse, failure, requireObject, unprocessable } from './http-kit';
import type { GitHubState, SarifUpload } from './state';

/** GitHub's documented limits for one SARIF upload. */
export const SARIF_LIMITS = {
  compressedBytes: 10 * 1024 * 1024,
  runs: 20,
  resultsPerRun: 25000,
  rulesPerRun: 25000,
  locationsPerResult: 1000,
  tagsPerRule: 20,
};

const REF = /^refs\/(heads|tags)\/.+$|^refs\/pull\/\d+\/(merge|head)$/;

export function uploadSarif(state: GitHubState, request: ApiRequest): ApiResponse {
  const body = requireObject(request.body);
  const commitSha = String(body.commit_sha ?? '');
  const ref = String(body.ref ?? '');
  if (!/^[0-9a-f]{40}$/.test(commitSha)) throw unprocessable(['commit_sha must be a 40 character SHA']);
  if (!REF.test(ref))
    throw unprocessable([
      `ref "${ref}" is not refs/heads/<branch>, refs/tags/<tag> or refs/pull/<n>/(merge|head)`,
    ]);
  if (typeof body.sarif !== 'string' || !/^[A-Za-z0-9+/=]+$/.test(body.sarif))
    throw failure(400, 'sarif must be gzip-compressed, base64-encoded data');
  const compressed = Buffer.from(body.sarif, 'base64');
  if (compressed.length > SARIF_LIMITS.compressedBytes) {
    throw failure(
      413,
      `The SARIF file is too large: ${compressed.length} bytes compressed, the limit is ${SARIF_LIMITS.compressedBytes}`,
    );
  }
  let sarif: unknown;
  try {
    sarif = JSON.parse(gunzipSync(compressed).toString('utf8'));
  } catch {
    throw failure(400, 'sarif is not gzip-compressed JSON');
  }
  const upload: SarifUpload = {
    id: `47177e22-${String(state.nextId()).padStart(4, '0')}-11eb-8f34-0123456789ab`,
    commitSha,
    ref,
    ...(typeof body.checkout_uri === 'string' ? { checkoutUri: body.checkout_uri } : {}),
    ...(typeof body.tool_name === 'string' ? { toolName: body.tool_name } : {}),
    sarif,
    compressedBytes: compressed.length,
    errors: processingErrors(sarif),
    pendingPolls: state.faults.sarifPendingPolls ?? 0,
  };
  state.sarifs.push(upload);
  return {
    status: 202,
    body: {
      id: upload.id,
      url: `${request.url.origin}/repos/${state.fullName}/code-scanning/sarifs/${upload.id}`,
    },
  };
}

export function sarifStatus(state: GitHubState, request: ApiRequest): ApiResponse {
  const upload = state.sarifs.find((candidate) => candidate.id === request.params.id);
  if (!upload) throw failure(404, 'Not Found');
  if (upload.pendingPolls > 0) {
    upload.pendingPolls--;
    return { status: 200, body: { processing_status: 'pending', analyses_url: null, errors: null } };
  }
  const failed = upload.errors.length > 0;
  return {
    status: 200,
    body: {
      processing_status: failed ? 'failed' : 'complete',
      analyses_url: failed
        ? null
        : `${request.url.origin}/repos/${state.fullName}/code-scanning/analyses?sarif_id=${upload.id}`,
      errors: failed ? upload.errors : null,
    },
  };
}

interface SarifRunShape {
  tool?: { driver?: { name?: string; rules?: { properties?: { tags?: unknown[] } }[] } };
  automationDetails?: { id?: string };
  results?: { locations?: unknown[] }[];
}

/** What code scanning's processing rejects after accepting the upload. */
function processingErrors(sarif: unknown): string[] {
  const runs = (sarif as { runs?: SarifRunShape[] })?.runs;
  if (!Array.isArray(runs)) return ['SARIF file has no runs array'];
  const errors: string[] = [];
  if (runs.length > SARIF_LIMITS.runs)
    errors.push(`SARIF file has ${runs.length} runs; the limit is ${SARIF_LIMITS.runs}`);
  const seen = new Set<string>();
  for (const run of runs) {
    const category = (run.automationDetails?.id ?? '').replace(/[^/]*$/, '');
    const key = `${run.tool?.driver?.name ?? ''}\0${category}`;
    if (seen.has(key)) errors.push('A delivery cannot contain multiple runs with the same category');
    seen.add(key);
    const results = run.results ?? [];
    if (results.length > SARIF_LIMITS.resultsPerRun)
      errors.push(`run has ${results.length} results; the limit is ${SARIF_LIMITS.resultsPerRun}`);
    const rules = run.tool?.driver?.rules ?? [];
    if (rules.length > SARIF_LIMITS.rulesPerRun)
      errors.push(`run has ${rules.length} rules; the limit is ${SARIF_LIMITS.rulesPerRun}`);
    if (rules.some((rule) => (rule.properties?.tags?.length ?? 0) > SARIF_LIMITS.tagsPerRule))
      errors.push('a rule has more than 20 tags');
    if (results.some((result) => (result.locations?.length ?? 0) > SARIF_LIMITS.locationsPerResult)) {
      errors.push('a result has more than 1000 locations');
    }
  }
  return errors;
}
