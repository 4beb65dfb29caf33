import { randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyGitHubToken } from '../oidc-jwt';
import { GcpWorld, type GcpSeed, type WorkloadIdentityTrust } from './world';

export interface GcpServerOptions {
  seed: GcpSeed;
  trust: WorkloadIdentityTrust;
  githubKey: KeyObject;
  /** Items per page of a list before a nextPageToken (unless the request asks for fewer). */
  pageSize?: number;
  /** Milliseconds each answer waits, for the benchmark (a cloud API is never instant). */
  latencyMs?: () => number;
  tokenLifetimeSeconds?: number;
}

export interface GcpServer {
  /** For CLOUDGATE_GCP_ENDPOINT_URL: every API on one origin, at its own paths. */
  endpoint: string;
  world: GcpWorld;
  close(): Promise<void>;
}

const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * Google Cloud on loopback, as the client libraries meet it: STS token exchange of a GitHub OIDC token
 * (signature, audience and the provider's attribute condition checked), IAM Credentials
 * generateAccessToken for impersonation (only for service accounts the pool may use), and the REST APIs
 * answering seeded bodies to the impersonated account's token, lists paged with nextPageToken.
 */
export async function startGcpServer(options: GcpServerOptions): Promise<GcpServer> {
  const world = new GcpWorld(options.seed, options.trust);
  const tokens = new Map<string, { principal: string; expires: number }>();
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  const server: Server = createServer((request, response) => {
    void delay(options.latencyMs)
      .then(() => handle(request, response))
      .catch((error: unknown) => send(response, 500, googleError(500, 'INTERNAL', String(error))));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/^\/+/, '');
    const body = await readBody(request);
    if (request.method === 'POST' && path === 'v1/token') return exchange(body, request, response);
    const principal = bearer(request);
    if (!principal) {
      world.calls.push({ method: request.method ?? 'GET', path, status: 401 });
      return send(
        response,
        401,
        googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'),
      );
    }
    const impersonate = /^v1\/projects\/-\/serviceAccounts\/([^:]+):generateAccessToken$/.exec(path);
    if (request.method === 'POST' && impersonate)
      return impersonation(decodeURIComponent(impersonate[1]!), principal, body, response);
    const fault = world.fault(path);
    if (fault) {
      world.calls.push({ method: request.method ?? 'GET', path, principal, status: fault.status });
      return send(
        response,
        fault.status,
        googleError(fault.status, fault.reason, fault.message ?? fault.reason),
      );
    }
    const answer = apiAnswer(path, url);
    world.calls.push({ method: request.method ?? 'GET', path, principal, status: answer.status });
    send(response, answer.status, answer.body);
  }

  function exchange(raw: string, request: IncomingMessage, response: ServerResponse): void {
    if (request.headers.authorization)
      return send(response, 400, {
        error: 'invalid_request',
        error_description: 'The token exchange takes no Authorization header.',
      });
    const form = (request.headers['content-type'] ?? '').includes('json')
      ? new URLSearchParams(Object.entries(JSON.parse(raw || '{}') as Record<string, string>))
      : new URLSearchParams(raw);
    const get = (snake: string, camel: string) => form.get(snake) ?? form.get(camel) ?? '';
    if (get('grant_type', 'grantType') !== 'urn:ietf:params:oauth:grant-type:token-exchange')
      return send(response, 400, {
        error: 'unsupported_grant_type',
        error_description: 'Unsupported grant type.',
      });
    if (get('audience', 'audience') !== `//iam.googleapis.com/${options.trust.provider}`)
      return send(response, 400, {
        error: 'invalid_target',
        error_description: 'The target service indicated by the "audience" parameters is invalid.',
      });
    if (get('subject_token_type', 'subjectTokenType') !== 'urn:ietf:params:oauth:token-type:jwt')
      return send(response, 400, {
        error: 'invalid_request',
        error_description: 'Invalid subject token type.',
      });
    const verified = verifyGitHubToken(
      get('subject_token', 'subjectToken'),
      options.githubKey,
      `https://iam.googleapis.com/${options.trust.provider}`,
      Math.floor(Date.now() / 1000),
    );
    if (!verified.ok)
      return send(response, 400, {
        error: 'invalid_grant',
        error_description: `The audience in ID Token or its signature is not valid: ${verified.reason}.`,
      });
    if (verified.claims.repository !== options.trust.repository)
      return send(response, 400, {
        error: 'unauthorized_client',
        error_description: 'The given credential is rejected by the attribute condition.',
      });
    const subject = String(verified.claims.sub);
    world.exchanges.push({ subject, audience: String(verified.claims.aud) });
    const token = issue(
      `principal://iam.googleapis.com/${options.trust.provider.replace(/\/providers\/.*/, '')}/subject/${subject}`,
    );
    send(response, 200, {
      access_token: token,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      expires_in: lifetime,
    });
  }

  function impersonation(account: string, principal: string, raw: string, response: ServerResponse): void {
    world.calls.push({ method: 'POST', path: `generateAccessToken/${account}`, principal, status: 200 });
    if (!principal.startsWith('principal://') || !options.trust.serviceAccounts.includes(account))
      return send(
        response,
        403,
        googleError(
          403,
          'PERMISSION_DENIED',
          `Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).`,
        ),
      );
    const request = JSON.parse(raw || '{}') as { scope?: string[] };
    if (!request.scope?.includes(SCOPE))
      return send(response, 400, googleError(400, 'INVALID_ARGUMENT', 'Scope is required.'));
    send(response, 200, {
      accessToken: issue(`serviceAccount:${account}`),
      expireTime: new Date(Date.now() + lifetime * 1000).toISOString(),
    });
  }

  function issue(principal: string): string {
    const token = `ya29.loopback-${randomUUID()}`;
    tokens.set(token, { principal, expires: Date.now() + lifetime * 1000 });
    return token;
  }

  function bearer(request: IncomingMessage): string | undefined {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const entry = token ? tokens.get(token) : undefined;
    return entry && entry.expires > Date.now() ? entry.principal : undefined;
  }

  function apiAnswer(path: string, url: URL): { status: number; body: unknown } {
    const listProjects = path === 'v1/projects';
    if (listProjects) {
      return page(url, {
        projects: world.seed.projects.map((project) => ({
          projectId: project.projectId,
          projectNumber: project.projectNumber,
          name: project.name ?? project.projectId,
          lifecycleState: 'ACTIVE',
        })),
      });
    }
    const found = world.seed.projects
      .flatMap((project) => Object.entries(project.resources))
      .find(([key]) => key === path);
    if (found) return page(url, found[1]);
    const projectId = /projects\/([^/:]+)/.exec(path)?.[1];
    if (!projectId || !world.project(projectId))
      return {
        status: 403,
        body: googleError(403, 'PERMISSION_DENIED', `The caller does not have permission on ${path}.`),
      };
    if (/:getIamPolicy$/.test(path)) return { status: 200, body: { version: 1, etag: 'BwX=' } };
    // A list nobody seeded is empty, as in a project without such resources; a single resource is 404.
    return /\/(aggregated\/)?[a-zA-Z]+s$|\/(b|sinks|keys|instances|clusters|datasets)$/.test(path)
      ? { status: 200, body: {} }
      : { status: 404, body: googleError(404, 'NOT_FOUND', `The resource '${path}' was not found.`) };
  }

  function page(url: URL, body: unknown): { status: number; body: unknown } {
    if (!body || typeof body !== 'object') return { status: 200, body };
    const arrays = Object.entries(body as Record<string, unknown>).filter(([, value]) =>
      Array.isArray(value),
    );
    if (arrays.length !== 1) return { status: 200, body };
    const [key, all] = arrays[0] as [string, unknown[]];
    const asked = Number(url.searchParams.get('maxResults') ?? url.searchParams.get('pageSize') ?? '0');
    const size = Math.min(asked > 0 ? asked : Infinity, options.pageSize ?? 50);
    const start = Number(url.searchParams.get('pageToken') ?? '0');
    const items = all.slice(start, start + size);
    const next = start + size < all.length ? { nextPageToken: String(start + size) } : {};
    return { status: 200, body: { ...(body as object), [key]: items, ...next } };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    world,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function googleError(code: number, status: string, message: string): unknown {
  return {
    error: { code, message, status, errors: [{ message, domain: 'global', reason: status.toLowerCase() }] },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  response.end(JSON.stringify(body));
}

function delay(latencyMs: (() => number) | undefined): Promise<void> {
  const ms = latencyMs?.() ?? 0;
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
