import type { compute_v1 } from '@googleapis/compute/build/v1';
import { listAggregated, type AggregatedPage } from './aggregated';
import { computeApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';

/** Every VM of every zone, in one aggregated list. */
export function collectInstances(session: GcpSession): Promise<compute_v1.Schema$Instance[]> {
  const api = computeApi(session);
  return listAggregated<compute_v1.Schema$Instance>(
    session,
    'instances',
    `VM instances of project ${session.projectId}`,
    async (pageToken) => {
      const { data } = await api.instances.aggregatedList({
        project: session.projectId,
        maxResults: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      return data as AggregatedPage;
    },
  );
}

/** The Compute Engine project: its common instance metadata (OS Login, SSH keys, serial port defaults). */
export async function collectComputeProject(session: GcpSession): Promise<compute_v1.Schema$Project> {
  const { data } = await computeApi(session).projects.get({ project: session.projectId });
  return data;
}
