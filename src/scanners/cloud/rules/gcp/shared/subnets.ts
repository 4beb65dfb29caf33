import type { compute_v1 } from '@googleapis/compute/build/v1';

/**
 * Subnets that carry VM traffic. Proxy-only and Private Service Connect subnets have no VMs, and Google
 * supports neither flow logs nor Private Google Access on them.
 */
export function vmSubnets(subnets: compute_v1.Schema$Subnetwork[]): compute_v1.Schema$Subnetwork[] {
  return subnets.filter((subnet) => !subnet.purpose || subnet.purpose === 'PRIVATE');
}

export function subnetRegion(subnet: compute_v1.Schema$Subnetwork): string | undefined {
  return subnet.region?.split('/').pop() || undefined;
}

export function subnetResource(project: string, subnet: compute_v1.Schema$Subnetwork): string {
  return (
    subnet.selfLink ??
    `https://www.googleapis.com/compute/v1/projects/${project}/regions/${subnetRegion(subnet)}/subnetworks/${subnet.name}`
  );
}
