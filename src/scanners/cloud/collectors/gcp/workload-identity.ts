import type { iam_v1 } from '@googleapis/iam/build/v1';
import type { Collected } from '../aws/collected';
import { iamApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';
import { readPerItem } from './per-item';

export interface WorkloadIdentityPool {
  pool: iam_v1.Schema$WorkloadIdentityPool;
  /** Its providers, or why they could not be listed. */
  providers: Collected<iam_v1.Schema$WorkloadIdentityPoolProvider[]>;
}

/** The project's workload identity pools (they live in `global`), each with its providers. */
export async function collectWorkloadIdentityPools(session: GcpSession): Promise<WorkloadIdentityPool[]> {
  const api = iamApi(session);
  const pools = await listPages(
    async (pageToken) => {
      const { data } = await api.projects.locations.workloadIdentityPools.list({
        parent: `projects/${session.projectId}/locations/global`,
        pageSize: 50,
        ...(pageToken ? { pageToken } : {}),
      });
      return { items: data.workloadIdentityPools ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `workload identity pools of project ${session.projectId}`,
    session.warn,
  );
  const providers = await readPerItem(
    pools,
    (pool) => `the providers of workload identity pool ${pool.name}`,
    (pool) =>
      listPages(
        async (pageToken) => {
          const { data } = await api.projects.locations.workloadIdentityPools.providers.list({
            parent: pool.name ?? '',
            pageSize: 50,
            ...(pageToken ? { pageToken } : {}),
          });
          return {
            items: data.workloadIdentityPoolProviders ?? [],
            nextPageToken: data.nextPageToken ?? null,
          };
        },
        session.maxItems,
        `providers of workload identity pool ${pool.name}`,
        session.warn,
      ),
  );
  return pools.map((pool, index) => ({ pool, providers: providers[index]! }));
}
