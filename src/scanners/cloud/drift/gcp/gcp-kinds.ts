import { computeFirewallKind } from './compute-firewall';
import { computeSubnetworkKind } from './compute-subnetwork';
import type { GcpDriftKind } from './gcp-drift-kind';
import { sqlInstanceKind } from './sql-instance';
import { storageBucketKind } from './storage-bucket';

/** Every Google Cloud kind drift compares, in report order. */
export const GCP_DRIFT_KINDS: readonly GcpDriftKind[] = [
  storageBucketKind,
  computeFirewallKind,
  computeSubnetworkKind,
  sqlInstanceKind,
];
