import type { Credentials } from '@aws-sdk/client-sts';
import type { ExpiringCredentials } from './refreshing-credentials';

/** STS credentials, checked complete and masked in the runner's log before anything can print them. */
export function temporaryCredentials(
  credentials: Credentials | undefined,
  mask: (secret: string) => void,
  operation: string,
): ExpiringCredentials {
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
  if (!AccessKeyId || !SecretAccessKey || !SessionToken || !Expiration) {
    throw new Error(`STS ${operation} returned no complete credentials`);
  }
  mask(AccessKeyId);
  mask(SecretAccessKey);
  mask(SessionToken);
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: SessionToken,
    expiration: Expiration,
  };
}
