import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenServerOptions {
  /** The `sub` claim, e.g. `repo:octo-org/infra:ref:refs/heads/main`. */
  subject: string;
  repository?: string;
  /** Seconds since the epoch, for iat/nbf/exp. */
  clock?: () => number;
  /** Answer this HTTP status instead of a token (the request-failure case). */
  failWith?: number;
}

export interface TokenServer {
  /** For ACTIONS_ID_TOKEN_REQUEST_URL: the runner's URL already carries a query string. */
  requestUrl: string;
  /** For ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  issuer: string;
  publicKey: KeyObject;
  /** Audiences of every token issued, in order. */
  issued: string[];
  close(): Promise<void>;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * The runner's OIDC token endpoint: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=...` with
 * `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN` answers `{"value": "<JWT>"}`, an RS256 JWT with
 * GitHub's claims.
 */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const requestToken = `runtime-${randomUUID()}`;
  const issued: string[] = [];
  const clock = options.clock ?? (() => Math.floor(Date.now() / 1000));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const audience = url.searchParams.get('audience') ?? 'https://github.com/octo-org';
    if (options.failWith) {
      response.writeHead(options.failWith, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Unable to issue a token' }));
      return;
    }
    if (
      request.headers.authorization !== `bearer ${requestToken}` &&
      request.headers.authorization !== `Bearer ${requestToken}`
    ) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Bad credentials' }));
      return;
    }
    const now = clock();
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'loopback' }));
    const payload = base64url(
      JSON.stringify({
        iss: GITHUB_ISSUER,
        aud: audience,
        sub: options.subject,
        repository: options.repository ?? options.subject.split(':')[1],
        ref: 'refs/heads/main',
        event_name: 'push',
        jti: randomUUID(),
        iat: now,
        nbf: now - 5,
        exp: now + 300,
      }),
    );
    const signature = createSign('RSA-SHA256')
      .update(`${header}.${payload}`)
      .sign(privateKey)
      .toString('base64url');
    issued.push(audience);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ count: 1, value: `${header}.${payload}.${signature}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requestUrl: `http://127.0.0.1:${port}/_apis/oidc/token?api-version=2.0`,
    requestToken,
    issuer: GITHUB_ISSUER,
    publicKey,
    issued,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
