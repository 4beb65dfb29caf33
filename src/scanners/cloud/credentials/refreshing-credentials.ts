import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';

export interface ExpiringCredentials extends AwsCredentialIdentity {
  expiration: Date;
}

export interface RefreshSettings {
  /** Milliseconds since the epoch; tests pass a clock they can move. */
  clock?: () => number;
  /** Fetch new credentials when fewer than this many milliseconds remain. Default five minutes. */
  refreshBeforeMs?: number;
}

/** A provider the SDK calls before every request; `memoized` tells the SDK not to cache it again. */
export type CredentialProvider = AwsCredentialIdentityProvider & { memoized: true; close(): void };

export const DEFAULT_REFRESH_BEFORE_MS = 5 * 60_000;

/**
 * Holds one set of temporary credentials in memory and fetches the next set before they expire, so an
 * audit that outlives a session keeps working. Concurrent callers during a refresh share one fetch. The
 * refresh window is capped at half the session, so short sessions are not refreshed on every call.
 */
export function refreshingCredentials(
  fetch: () => Promise<ExpiringCredentials>,
  settings: RefreshSettings = {},
  close: () => void = () => {},
): CredentialProvider {
  const clock = settings.clock ?? Date.now;
  const refreshBefore = settings.refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS;
  let current: { credentials: ExpiringCredentials; refreshAt: number } | undefined;
  let pending: Promise<ExpiringCredentials> | undefined;
  const renew = (): Promise<ExpiringCredentials> => {
    pending ??= (async () => {
      const issuedAt = clock();
      try {
        const credentials = await fetch();
        const lifetime = Math.max(0, credentials.expiration.getTime() - issuedAt);
        current = {
          credentials,
          refreshAt: credentials.expiration.getTime() - Math.min(refreshBefore, lifetime / 2),
        };
        return credentials;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };
  const provider = async () => {
    if (current && clock() < current.refreshAt) return current.credentials;
    return renew();
  };
  return Object.assign(provider, { memoized: true as const, close });
}
