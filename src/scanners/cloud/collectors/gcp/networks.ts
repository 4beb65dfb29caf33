import type { compute_v1 } from '@googleapis/compute/build/v1';
import { listAggregated, type AggregatedPage } from './aggregated';
import { computeApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';

export function collectNetworks(session: GcpSession): Promise<compute_v1.Schema$Network[]> {
  const api = computeApi(session);
  return listPages(
    async (pageToken) => {
      const { data } = await api.networks.list({
        project: session.projectId,
        maxResults: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `VPC networks of project ${session.projectId}`,
    session.warn,
  );
}

/** Every subnet of every region, in one aggregated list. */
export function collectSubnetworks(session: GcpSession): Promise<compute_v1.Schema$Subnetwork[]> {
  const api = computeApi(session);
  return listAggregated<compute_v1.Schema$Subnetwork>(
    session,
    'subnetworks',
    `subnets of project ${session.projectId}`,
    async (pageToken) => {
      const { data } = await api.subnetworks.aggregatedList({
        project: session.projectId,
        maxResults: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      return data as AggregatedPage;
    },
  );
}
