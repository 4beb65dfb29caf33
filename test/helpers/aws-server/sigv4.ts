import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface SignedScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** Reads the credential scope of a SigV4 Authorization header, or undefined when it is not one. */
export function parseAuthorization(header: string | undefined): SignedScope | undefined {
  const match = AUTHORIZATION.exec(header ?? '');
  if (!match) return undefined;
  return {
    accessKeyId: match[1]!,
    date: match[2]!,
    region: match[3]!,
    service: match[4]!,
    signedHeaders: match[5]!.split(';'),
    signature: match[6]!,
  };
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function hmac(key: string | Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

/** RFC 3986 encoding as SigV4 wants it. */
function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function canonicalPath(rawPath: string, service: string): string {
  // S3 signs the path as sent; every other service signs it encoded once more.
  return service === 's3' ? rawPath : escapeUri(rawPath).replace(/%2F/g, '/');
}

function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return '';
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const index = pair.indexOf('=');
      const key = decodeURIComponent(index === -1 ? pair : pair.slice(0, index));
      const value = index === -1 ? '' : decodeURIComponent(pair.slice(index + 1));
      return [escapeUri(key), escapeUri(value)] as const;
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

export interface SigningRequest {
  method: string;
  /** The request target as received: path and query, still percent-encoded. */
  target: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Recomputes the request's SigV4 signature with `secret` and compares it with the one sent: a request that
 * was not signed by the holder of the secret key, or was changed after signing, fails.
 */
export function verifySignature(
  request: SigningRequest,
  scope: SignedScope,
  secret: string,
): string | undefined {
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(scope.date)) return 'x-amz-date does not match the credential scope';
  for (const required of ['host', 'x-amz-date'])
    if (!scope.signedHeaders.includes(required)) return `${required} is not signed`;
  const payloadHeader = request.headers['x-amz-content-sha256'];
  const bodyHash = sha256(request.body);
  if (
    typeof payloadHeader === 'string' &&
    payloadHeader !== 'UNSIGNED-PAYLOAD' &&
    payloadHeader !== bodyHash
  ) {
    return 'x-amz-content-sha256 does not match the body';
  }
  const queryIndex = request.target.indexOf('?');
  const rawPath = queryIndex === -1 ? request.target : request.target.slice(0, queryIndex);
  const rawQuery = queryIndex === -1 ? '' : request.target.slice(queryIndex + 1);
  const headerLines = scope.signedHeaders.map((name) => {
    const value = request.headers[name];
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`;
  });
  const canonical = [
    request.method,
    canonicalPath(rawPath, scope.service),
    canonicalQuery(rawQuery),
    headerLines.join(''),
    scope.signedHeaders.join(';'),
    typeof payloadHeader === 'string' ? payloadHeader : bodyHash,
  ].join('\n');
  const credentialScope = `${scope.date}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, credentialScope, sha256(canonical)].join('\n');
  const key = hmac(
    hmac(hmac(hmac(`AWS4${secret}`, scope.date), scope.region), scope.service),
    'aws4_request',
  );
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const sent = Buffer.from(scope.signature);
  return expected.length === sent.length && timingSafeEqual(expected, sent)
    ? undefined
    : 'the signature does not match';
}
