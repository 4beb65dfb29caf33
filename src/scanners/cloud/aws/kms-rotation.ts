import type { KeyMetadata } from '@aws-sdk/client-kms';

/** Keys AWS can rotate automatically: enabled, customer managed, symmetric, with key material from KMS. */
export function rotates(metadata: KeyMetadata): boolean {
  return (
    metadata.KeyManager === 'CUSTOMER' &&
    metadata.KeySpec === 'SYMMETRIC_DEFAULT' &&
    metadata.KeyState === 'Enabled' &&
    (metadata.Origin ?? 'AWS_KMS') === 'AWS_KMS'
  );
}
