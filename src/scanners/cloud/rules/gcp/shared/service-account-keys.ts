import type { iam_v1 } from '@googleapis/iam/build/v1';
import type { GcpContext } from '../gcp-audit-rule';

export interface UserManagedKey {
  account: iam_v1.Schema$ServiceAccount;
  key: iam_v1.Schema$ServiceAccountKey;
  /** `//iam.googleapis.com/projects/<p>/serviceAccounts/<email>/keys/<id>`. */
  resource: string;
}

/** Every user-managed key of the project's service accounts; an account whose keys failed is a gap. */
export function userManagedKeys(context: GcpContext): UserManagedKey[] {
  return (context.get('serviceAccountKeys') ?? []).flatMap(({ account, userManagedKeys }) =>
    (context.use(userManagedKeys) ?? [])
      .filter((key) => key.keyType !== 'SYSTEM_MANAGED')
      .map((key) => ({ account, key, resource: `//iam.googleapis.com/${key.name}` })),
  );
}

export function keyId(key: iam_v1.Schema$ServiceAccountKey): string {
  return key.name?.split('/').pop() ?? 'unknown';
}
