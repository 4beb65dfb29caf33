import type { compute_v1 } from '@googleapis/compute/build/v1';
import type { DatasetCollectors } from '../../engine/collect-datasets';
import { collectFirewalls } from './firewalls';
import type { GcpSession } from './gcp-session';

/** Everything the GCP checks can read about one project, each read once. */
export interface GcpDatasets {
  firewalls: compute_v1.Schema$Firewall[];
}

export type GcpDatasetKey = keyof GcpDatasets;

export const GCP_COLLECTORS: DatasetCollectors<GcpDatasets, GcpSession> = {
  firewalls: collectFirewalls,
};
