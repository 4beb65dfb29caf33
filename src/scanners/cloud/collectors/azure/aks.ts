import { ContainerServiceClient, type ManagedCluster } from '@azure/arm-containerservice';
import type { AzureSession } from './azure-session';
import { listProvider } from './paging';

export function collectManagedClusters(session: AzureSession): Promise<ManagedCluster[]> {
  return listProvider(
    () => session.clients.get(ContainerServiceClient).managedClusters.list(),
    session.maxItems,
    `AKS clusters of subscription ${session.subscriptionId}`,
    session.warn,
  );
}
