import { describePool, gkeClusters, gkeNodePools } from '../../../../src/scanners/iac/gcp/gke-view';
import { loadTerraform } from './load-terraform';

const model = loadTerraform(`
resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1
  node_config {
    machine_type = "e2-standard-4"
  }
  node_pool {
    name = "inline"
  }
}

resource "google_container_node_pool" "by_reference" {
  name    = "by-reference"
  cluster = google_container_cluster.apps.id
}

resource "google_container_node_pool" "by_name" {
  name    = "by-name"
  cluster = "apps"
}

resource "google_container_node_pool" "elsewhere" {
  name    = "elsewhere"
  cluster = "projects/acme/locations/europe-west1/clusters/other"
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}
`);

describe('GKE view', () => {
  it('attaches node pools to their cluster by reference or by name, and keeps the others', () => {
    const apps = gkeClusters(model).find(
      (cluster) => cluster.resource.address === 'google_container_cluster.apps',
    )!;
    expect(apps.pools.map(describePool)).toEqual([
      'the default node pool of google_container_cluster.apps',
      'node pool "inline" of google_container_cluster.apps',
      'node pool google_container_node_pool.by_reference',
      'node pool google_container_node_pool.by_name',
    ]);
    expect(
      gkeNodePools(model)
        .filter((pool) => !pool.cluster)
        .map((pool) => pool.resource.address),
    ).toEqual(['google_container_node_pool.elsewhere']);
  });

  it('knows Autopilot clusters and gives them no node pools of their own', () => {
    const autopilot = gkeClusters(model).find(
      (cluster) => cluster.resource.address === 'google_container_cluster.autopilot',
    )!;
    expect([autopilot.autopilot, autopilot.pools.length]).toEqual([true, 0]);
  });
});
