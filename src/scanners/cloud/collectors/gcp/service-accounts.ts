import type { iam_v1 } from '@googleapis/iam/build/v1';
import type { Collected } from '../aws/collected';
import { iamApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';
import { readPerItem } from './per-item';

export interface ServiceAccountKeys {
  account: iam_v1.Schema$ServiceAccount;
  /** Its user-managed keys, or why they could not be listed. */
  userManagedKeys: Collected<iam_v1.Schema$ServiceAccountKey[]>;
}

/** The project's service accounts, each with its user-managed keys. */
export async function collectServiceAccountKeys(session: GcpSession): Promise<ServiceAccountKeys[]> {
  const api = iamApi(session);
  const accounts = await listPages(
    async (pageToken) => {
      const { data } = await api.projects.serviceAccounts.list({
        name: `projects/${session.projectId}`,
        pageSize: 100,
        ...(pageToken ? { pageToken } : {}),
      });
      return { items: data.accounts ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `service accounts of project ${session.projectId}`,
    session.warn,
  );
  const keys = await readPerItem(
    accounts,
    (account) => `the keys of service account ${account.email ?? account.name}`,
    async (account) => {
      const { data } = await api.projects.serviceAccounts.keys.list({
        name: account.name ?? `projects/${session.projectId}/serviceAccounts/${account.email}`,
        keyTypes: ['USER_MANAGED'],
      });
      return data.keys ?? [];
    },
  );
  return accounts.map((account, index) => ({ account, userManagedKeys: keys[index]! }));
}
