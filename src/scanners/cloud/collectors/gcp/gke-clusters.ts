import type { container_v1 } from '@googleapis/container/build/v1';
import { containerApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';

/** Every GKE cluster of every location (`locations/-`); the API does not page this list. */
export async function collectClusters(session: GcpSession): Promise<container_v1.Schema$Cluster[]> {
  const { data } = await containerApi(session).projects.locations.clusters.list({
    parent: `projects/${session.projectId}/locations/-`,
  });
  if (data.missingZones && data.missingZones.length > 0)
    session.warn(
      `GKE clusters of project ${session.projectId}: zones ${data.missingZones.join(', ')} could not be read`,
    );
  const clusters = data.clusters ?? [];
  if (clusters.length > session.maxItems)
    session.warn(
      `GKE clusters of project ${session.projectId}: only the first ${session.maxItems} items were audited`,
    );
  return clusters.slice(0, session.maxItems);
}
