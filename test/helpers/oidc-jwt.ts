import { verify, type KeyObject } from 'node:crypto';

export interface VerifiedClaims {
  iss?: string;
  aud?: string | string[];
  sub?: string;
  exp?: number;
  nbf?: number;
  [claim: string]: unknown;
}

/**
 * Checks a GitHub OIDC token as a cloud's token service does: RS256 signature by the issuer's key, audience,
 * and validity window. Returns the claims, or a reason for refusing it.
 */
export function verifyGitHubToken(
  token: string,
  publicKey: KeyObject,
  audience: string,
  nowSeconds: number,
): { ok: true; claims: VerifiedClaims } | { ok: false; reason: string } {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return { ok: false, reason: 'not a JWT' };
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    publicKey,
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) return { ok: false, reason: 'signature does not verify' };
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as VerifiedClaims;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(audience))
    return { ok: false, reason: `audience ${String(claims.aud)} is not ${audience}` };
  if ((claims.exp ?? 0) <= nowSeconds) return { ok: false, reason: 'token expired' };
  if ((claims.nbf ?? 0) > nowSeconds + 60) return { ok: false, reason: 'token not yet valid' };
  return { ok: true, claims };
}
