import { randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loopbackTls } from '../loopback-tls';
import { verifyGitHubToken } from '../oidc-jwt';
import { AzureWorld, type AzureSeed, type FederatedCredential } from './world';

export interface AzureServerOptions {
  seed: AzureSeed;
  federated: FederatedCredential;
  /** The GitHub token server's key: client assertions are verified with it. */
  githubKey: KeyObject;
  /** Seconds an access token lives (short lifetimes make the credential ask again). */
  tokenLifetimeSeconds?: number;
  /** Items per page of a list before a nextLink. */
  pageSize?: number;
  /** Milliseconds each answer waits, for the benchmark (a cloud API is never instant). */
  latencyMs?: () => number;
}

export interface AzureServer {
  /** For CLOUDGATE_AZURE_ENDPOINT_URL: ARM at /, Graph at /graph, Entra ID at /<tenant>/. */
  endpoint: string;
  /** PEM of the server certificate, for the client's trusted CAs. */
  ca: string;
  world: AzureWorld;
  close(): Promise<void>;
}

const ARM_SCOPE = 'https://management.azure.com/.default';
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * Azure on loopback over TLS, as the SDKs meet it: Entra ID's OpenID configuration and v2.0 token endpoint
 * (client credentials with a GitHub client assertion, checked against the federated credential), ARM
 * (bearer token for the ARM scope, api-version required, lists paged with nextLink) and Microsoft Graph
 * (its own token scope; an ARM token is refused).
 */
export async function startAzureServer(options: AzureServerOptions): Promise<AzureServer> {
  const tls = await loopbackTls();
  const world = new AzureWorld(options.seed, options.federated);
  const issued = new Map<string, { audience: 'arm' | 'graph'; expires: number }>();
  let base = '';
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    void delay(options.latencyMs)
      .then(() => handle(request, response))
      .catch((error: unknown) => {
        send(response, 500, { error: { code: 'InternalServerError', message: String(error) } });
      });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', base);
    const path = url.pathname;
    const tenant = options.federated.tenantId;
    if (request.method === 'GET' && path === `/${tenant}/v2.0/.well-known/openid-configuration`) {
      return send(response, 200, openIdConfiguration(base, tenant));
    }
    if (request.method === 'POST' && path === `/${tenant}/oauth2/v2.0/token`) {
      return issueToken(await readBody(request), response);
    }
    const audience = path.startsWith('/graph/') ? 'graph' : 'arm';
    const token = bearer(request, issued);
    if (!token || token.audience !== audience) {
      world.calls.push({ method: request.method ?? 'GET', path, status: 401 });
      return send(response, 401, {
        error: {
          code: token ? 'InvalidAuthenticationTokenAudience' : 'AuthenticationFailed',
          message: token
            ? `The access token's audience is not valid for ${audience}.`
            : 'Authentication failed.',
        },
      });
    }
    const fault = world.fault(path);
    if (fault) {
      world.calls.push({ method: request.method ?? 'GET', path, audience, status: fault.status });
      const headers: Record<string, string> =
        fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
      return send(
        response,
        fault.status,
        { error: { code: fault.code, message: fault.message ?? fault.code } },
        headers,
      );
    }
    const body = audience === 'graph' ? graphAnswer(url) : armAnswer(url);
    world.calls.push({ method: request.method ?? 'GET', path, audience, status: body.status });
    send(response, body.status, body.body);
  }

  function issueToken(form: URLSearchParams, response: ServerResponse): void {
    const error = (code: string, description: string) =>
      send(response, 400, { error: code, error_description: `${description}\r\nTrace ID: ${randomUUID()}` });
    if (form.get('grant_type') !== 'client_credentials')
      return error('unsupported_grant_type', 'AADSTS70003');
    if (form.get('client_id') !== options.federated.clientId)
      return error(
        'unauthorized_client',
        `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found in the directory.`,
      );
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      return error('invalid_request', 'AADSTS50027: Invalid client assertion type.');
    const scope = form.get('scope') ?? '';
    const wanted = scope.split(' ').find((item) => item === ARM_SCOPE || item === GRAPH_SCOPE);
    if (!wanted)
      return error('invalid_scope', `AADSTS70011: The provided value for scope ${scope} is not valid.`);
    const verified = verifyGitHubToken(
      form.get('client_assertion') ?? '',
      options.githubKey,
      options.federated.audience,
      Math.floor(Date.now() / 1000),
    );
    if (!verified.ok) {
      const code = verified.reason === 'token expired' ? 'AADSTS700024' : 'AADSTS700211';
      return error('invalid_client', `${code}: Client assertion is not valid: ${verified.reason}.`);
    }
    if (verified.claims.sub !== options.federated.subject)
      return error(
        'invalid_client',
        `AADSTS70021: No matching federated identity record found for presented assertion subject '${verified.claims.sub}'.`,
      );
    const lifetime = options.tokenLifetimeSeconds ?? 3600;
    const accessToken = `azure-${wanted === ARM_SCOPE ? 'arm' : 'graph'}-${randomUUID()}`;
    issued.set(accessToken, {
      audience: wanted === ARM_SCOPE ? 'arm' : 'graph',
      expires: Date.now() + lifetime * 1000,
    });
    world.tokens.push({ scope: wanted, assertionId: String(verified.claims.jti ?? '') });
    send(response, 200, {
      token_type: 'Bearer',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
    });
  }

  function armAnswer(url: URL): { status: number; body: unknown } {
    if (!url.searchParams.get('api-version'))
      return {
        status: 400,
        body: {
          error: {
            code: 'MissingApiVersionParameter',
            message: 'The api-version query parameter (?api-version=) is required for all requests.',
          },
        },
      };
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/subscriptions') {
      return page(url, {
        value: world.seed.subscriptions.map((subscription) => ({
          id: `/subscriptions/${subscription.id}`,
          subscriptionId: subscription.id,
          displayName: subscription.displayName,
          state: subscription.state ?? 'Enabled',
          tenantId: options.federated.tenantId,
        })),
      });
    }
    const match = /^\/subscriptions\/([^/]+)(\/.*)?$/i.exec(path);
    const subscription = match ? world.subscription(match[1]!) : undefined;
    if (!match || !subscription)
      return {
        status: 404,
        body: {
          error: { code: 'SubscriptionNotFound', message: `The subscription of ${path} could not be found.` },
        },
      };
    const found = Object.entries(subscription.resources).find(
      ([key]) => key.toLowerCase() === path.toLowerCase(),
    );
    if (!found) {
      // A list nobody seeded is empty, as in a subscription without such resources; a single resource is 404.
      return isCollection(path)
        ? { status: 200, body: { value: [] } }
        : {
            status: 404,
            body: { error: { code: 'ResourceNotFound', message: `The Resource '${path}' was not found.` } },
          };
    }
    return page(url, found[1]);
  }

  function graphAnswer(url: URL): { status: number; body: unknown } {
    const key = `${url.pathname.replace(/^\/graph\/v1\.0/, '')}${url.search ? decodeURIComponent(url.search) : ''}`;
    const body = world.seed.graph?.[key];
    if (body === undefined)
      return {
        status: 404,
        body: { error: { code: 'Request_ResourceNotFound', message: `Resource ${key} does not exist.` } },
      };
    return { status: 200, body };
  }

  function page(url: URL, body: unknown): { status: number; body: unknown } {
    const size = options.pageSize ?? 50;
    if (!body || typeof body !== 'object' || !Array.isArray((body as { value?: unknown }).value))
      return { status: 200, body };
    if (UNPAGED_LISTS.test(url.pathname)) return { status: 200, body };
    const all = (body as { value: unknown[] }).value;
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const value = all.slice(skip, skip + size);
    if (skip + size >= all.length) return { status: 200, body: { value } };
    const next = new URL(url.toString());
    next.searchParams.set('$skiptoken', String(skip + size));
    return { status: 200, body: { value, nextLink: next.toString() } };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `https://127.0.0.1:${port}`;
  return {
    endpoint: base,
    ca: tls.cert,
    world,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Lists ARM answers in one body, without nextLink (the SDKs do not follow one there). */
const UNPAGED_LISTS =
  /\/providers\/(Microsoft\.Security\/pricings|Microsoft\.Insights\/diagnosticSettings|Microsoft\.Insights\/activityLogAlerts)\/?$/i;

/** ARM collection paths end in a resource type (an odd number of segments after the provider). */
function isCollection(path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  const provider = parts.lastIndexOf('providers');
  if (provider < 0) return parts.length % 2 === 1;
  return (parts.length - provider - 2) % 2 === 1;
}

function bearer(
  request: IncomingMessage,
  issued: Map<string, { audience: 'arm' | 'graph'; expires: number }>,
): { audience: 'arm' | 'graph' } | undefined {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer (.+)$/.exec(header)?.[1];
  const entry = token ? issued.get(token) : undefined;
  return entry && entry.expires > Date.now() ? entry : undefined;
}

function openIdConfiguration(base: string, tenant: string): unknown {
  return {
    token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/${tenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${base}/oidc/userinfo`,
    authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'tid'],
    kerberos_endpoint: `${base}/${tenant}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

function readBody(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ms-request-id': randomUUID(),
    ...headers,
  });
  response.end(JSON.stringify(body));
}

function delay(latencyMs: (() => number) | undefined): Promise<void> {
  const ms = latencyMs?.() ?? 0;
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
