import type { AzureClients } from '../../azure/azure-clients';
import type { GraphReader } from '../../azure/graph-reader';

/** What the collectors of one subscription share. */
export interface AzureSession {
  subscriptionId: string;
  clients: AzureClients;
  graph: GraphReader;
  /** Items read per list at most, so a huge subscription cannot exhaust memory. */
  maxItems: number;
  warn(message: string): void;
}
