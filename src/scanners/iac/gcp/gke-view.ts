import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, readBool, type Known } from './gcp-settings';
import { resolveTargets } from './references';

export interface GkeCluster {
  resource: Resource;
  /** Autopilot clusters: GKE manages nodes, Workload Identity, shielded nodes and upgrades itself. */
  autopilot: Known<boolean>;
  pools: GkeNodePool[];
}

/** A node pool: an inline `node_pool` block, a `google_container_node_pool`, or the cluster's default pool. */
export interface GkeNodePool {
  /** The resource findings land in. */
  resource: Resource;
  /** The pool's own map (the block, or the resource body). */
  node: ModelNode;
  /** Its `node_config`, if written. */
  config: ModelNode | undefined;
  cluster?: GkeCluster;
  kind: 'default' | 'inline' | 'resource';
}

interface GkeView {
  clusters: GkeCluster[];
  /** Every node pool, also those whose cluster is not part of the scan. */
  pools: GkeNodePool[];
}

function gkeView(model: IacModel): GkeView {
  return model.view('gcp-gke', () => {
    const clusters = model.ofType('google_container_cluster').map(readCluster);
    const standalone: GkeNodePool[] = [];
    for (const pool of model.ofType('google_container_node_pool')) {
      const owner = resolveTargets(model, pool, 'cluster', ['google_container_cluster'])[0];
      const cluster = clusters.find((candidate) => candidate.resource === owner);
      const entry: GkeNodePool = {
        resource: pool,
        node: pool.body,
        config: at(pool.body, 'node_config'),
        cluster,
        kind: 'resource',
      };
      if (cluster) cluster.pools.push(entry);
      else standalone.push(entry);
    }
    return { clusters, pools: [...clusters.flatMap((cluster) => cluster.pools), ...standalone] };
  });
}

export function gkeClusters(model: IacModel): GkeCluster[] {
  return gkeView(model).clusters;
}

export function gkeNodePools(model: IacModel): GkeNodePool[] {
  return gkeView(model).pools;
}

function readCluster(resource: Resource): GkeCluster {
  const body = resource.body;
  const cluster: GkeCluster = {
    resource,
    autopilot: readBool(at(body, 'enable_autopilot')) ?? false,
    pools: [],
  };
  if (cluster.autopilot === true) return cluster;
  if (readBool(at(body, 'remove_default_node_pool')) !== true) {
    cluster.pools.push({ resource, node: body, config: at(body, 'node_config'), cluster, kind: 'default' });
  }
  for (const block of blocks(at(body, 'node_pool'))) {
    cluster.pools.push({ resource, node: block, config: at(block, 'node_config'), cluster, kind: 'inline' });
  }
  return cluster;
}

/** How a message names a pool. */
export function describePool(pool: GkeNodePool): string {
  if (pool.kind === 'resource') return `node pool ${pool.resource.address}`;
  if (pool.kind === 'default') return `the default node pool of ${pool.resource.address}`;
  const name = at(pool.node, 'name');
  return name?.kind === 'scalar'
    ? `node pool "${String(name.value)}" of ${pool.resource.address}`
    : `a node pool of ${pool.resource.address}`;
}

/** The cluster a pool resource belongs to is Autopilot, or cannot be told. */
export function poolOfAutopilot(pool: GkeNodePool): Known<boolean> {
  return pool.cluster ? pool.cluster.autopilot : undefined;
}
