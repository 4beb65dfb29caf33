import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, readBool, readNumber, readText, type Known } from './gcp-settings';

/** Subnet purposes that hold Google-managed proxies or NAT addresses, not workloads: flow logs and Private Google Access do not apply. */
const NON_WORKLOAD_PURPOSES = new Set([
  'REGIONAL_MANAGED_PROXY',
  'GLOBAL_MANAGED_PROXY',
  'INTERNAL_HTTPS_LOAD_BALANCER',
  'PRIVATE_SERVICE_CONNECT',
  'PRIVATE_NAT',
]);

export interface Subnetwork {
  resource: Resource;
  /** Carries workloads: not a proxy-only, Private Service Connect or NAT subnet. */
  holdsWorkloads: Known<boolean>;
  logConfig: ModelNode | undefined;
}

export function subnetworks(model: IacModel): Subnetwork[] {
  return model.view('gcp-subnetworks', () =>
    model.ofType('google_compute_subnetwork').map((resource) => {
      const purpose = readText(at(resource.body, 'purpose'));
      return {
        resource,
        holdsWorkloads:
          purpose === undefined
            ? true
            : purpose === 'unknown'
              ? 'unknown'
              : !NON_WORKLOAD_PURPOSES.has(purpose.toUpperCase()),
        logConfig: at(resource.body, 'log_config'),
      };
    }),
  );
}

/**
 * Whether a subnet records flows. A `log_config` block turns them on (any
 * aggregation interval and metadata setting records them); a sampling rate of 0
 * records none.
 */
export function flowLogsOn(subnet: Subnetwork): { value: Known<boolean>; node?: ModelNode } {
  const config = blocks(subnet.logConfig)[0];
  if (!config) return { value: false };
  if (config.kind === 'unknown') return { value: 'unknown' };
  const sampling = at(config, 'flow_sampling');
  const rate = readNumber(sampling);
  if (rate === 'unknown') return { value: 'unknown' };
  if (rate !== undefined && rate <= 0) return { value: false, node: sampling };
  return { value: true };
}

/** VPC networks in auto mode create a subnet in every region with preset ranges, like the `default` network. */
export function autoModeNetwork(network: Resource): { value: Known<boolean>; node?: ModelNode } {
  const node = at(network.body, 'auto_create_subnetworks');
  const value = readBool(node);
  return { value: value === undefined ? true : value, node };
}
