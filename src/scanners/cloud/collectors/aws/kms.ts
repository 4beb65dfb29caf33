import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListKeysCommand,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import { rotates } from '../../aws/kms-rotation';
import type { CollectEnv } from './collect-env';
import { collected, missing, type Collected } from './collected';
import { mapLimited } from './limiter';

export interface KmsKey {
  keyId: string;
  metadata: Collected<KeyMetadata>;
  /** Read only for enabled, customer managed, symmetric keys: the only ones that can rotate automatically. */
  rotationEnabled: Collected<boolean> | undefined;
}

export async function collectKmsKeys(env: CollectEnv): Promise<KmsKey[]> {
  const kms = env.client(KMSClient);
  const ids = await env.pages('kms:ListKeys', env.region, async (marker) => {
    const output = await kms.send(
      new ListKeysCommand({ Limit: 1000, ...(marker ? { Marker: marker } : {}) }),
    );
    return {
      items: (output.Keys ?? []).flatMap((key) => (key.KeyId ? [key.KeyId] : [])),
      next: output.Truncated ? output.NextMarker : undefined,
    };
  });
  return mapLimited(ids, 8, async (keyId) => {
    const described = await env.attempt('kms:DescribeKey', env.region, () =>
      kms.send(new DescribeKeyCommand({ KeyId: keyId })),
    );
    const metadata: Collected<KeyMetadata> = !described.ok
      ? described
      : described.value.KeyMetadata
        ? collected(described.value.KeyMetadata)
        : missing(`kms:DescribeKey returned no metadata for ${keyId}`);
    if (!metadata.ok || !rotates(metadata.value)) return { keyId, metadata, rotationEnabled: undefined };
    const rotation = await env.attempt('kms:GetKeyRotationStatus', env.region, () =>
      kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId })),
    );
    return {
      keyId,
      metadata,
      rotationEnabled: rotation.ok ? collected(rotation.value.KeyRotationEnabled === true) : rotation,
    };
  });
}
