import type { Collected } from '../aws/collected';
import { restGet } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';
import { readPerItem } from './per-item';
import type { IamPolicyLike, KmsCryptoKey } from './rest-types';

export interface KmsKeyWithPolicy {
  key: KmsCryptoKey;
  /** The KMS location (`global`, `europe-west1`, ...). */
  location: string;
  policy: Collected<IamPolicyLike>;
}

export interface KmsInventory {
  keys: KmsKeyWithPolicy[];
  /** Locations or key rings whose keys could not be listed: the checks report them as gaps. */
  unread: string[];
}

/** Cloud KMS through REST: locations, their key rings, their keys, each key's IAM policy. */
export async function collectKmsKeys(session: GcpSession): Promise<KmsInventory> {
  const locations = await listKms<{ locationId?: string }>(
    session,
    `v1/projects/${session.projectId}/locations`,
    'locations',
    `Cloud KMS locations of project ${session.projectId}`,
  );
  const ids = locations.flatMap((location) => (location.locationId ? [location.locationId] : []));
  const rings = await readPerItem(
    ids,
    (location) => `the key rings of KMS location ${location}`,
    (location) =>
      listKms<{ name?: string }>(
        session,
        `v1/projects/${session.projectId}/locations/${location}/keyRings`,
        'keyRings',
        `key rings of project ${session.projectId} in ${location}`,
      ),
  );
  const unread: string[] = [];
  const ringNames: { ring: string; location: string }[] = [];
  rings.forEach((result, index) => {
    if (!result.ok) unread.push(result.reason);
    else
      for (const ring of result.value)
        if (ring.name) ringNames.push({ ring: ring.name, location: ids[index]! });
  });
  const keyLists = await readPerItem(
    ringNames,
    ({ ring }) => `the keys of key ring ${ring}`,
    ({ ring }) => listKms<KmsCryptoKey>(session, `v1/${ring}/cryptoKeys`, 'cryptoKeys', `keys of ${ring}`),
  );
  const keys: { key: KmsCryptoKey; location: string }[] = [];
  keyLists.forEach((result, index) => {
    if (!result.ok) unread.push(result.reason);
    else for (const key of result.value) keys.push({ key, location: ringNames[index]!.location });
  });
  const policies = await readPerItem(
    keys,
    ({ key }) => `the IAM policy of key ${key.name}`,
    ({ key }) =>
      restGet<IamPolicyLike>(session, 'cloudkms', `v1/${key.name}:getIamPolicy`, {
        'options.requestedPolicyVersion': 3,
      }),
  );
  return { keys: keys.map((entry, index) => ({ ...entry, policy: policies[index]! })), unread };
}

/** A Cloud KMS list whose items sit under `key`, across pages. */
function listKms<T>(session: GcpSession, path: string, key: string, what: string): Promise<T[]> {
  return listPages(
    async (pageToken) => {
      const data = await restGet<Record<string, unknown>>(session, 'cloudkms', path, {
        pageSize: 500,
        pageToken,
      });
      const items = data[key];
      return {
        items: Array.isArray(items) ? (items as T[]) : [],
        nextPageToken: typeof data.nextPageToken === 'string' ? data.nextPageToken : null,
      };
    },
    session.maxItems,
    what,
    session.warn,
  );
}
