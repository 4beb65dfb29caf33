import { auditConfigs, isAllServices, logSinks } from '../../../../src/scanners/iac/gcp/logging-view';
import { autoModeNetwork, flowLogsOn, subnetworks } from '../../../../src/scanners/iac/gcp/network-view';
import { loadTerraform, resource } from './load-terraform';

describe('network view', () => {
  const model = loadTerraform(`
resource "google_compute_network" "auto" {
  name = "auto"
}

resource "google_compute_subnetwork" "seed" {
  name          = "seed"
  network       = "main"
  ip_cidr_range = "10.0.0.0/24"
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

resource "google_compute_subnetwork" "none" {
  name          = "none"
  network       = "main"
  ip_cidr_range = "10.0.1.0/24"
}

resource "google_compute_subnetwork" "proxy" {
  name          = "proxy"
  network       = "main"
  ip_cidr_range = "10.0.2.0/24"
  purpose       = "GLOBAL_MANAGED_PROXY"
}
`);

  it('counts the seed flow log settings as on and a subnet without log_config as off', () => {
    expect(
      subnetworks(model).map((subnet) => [
        subnet.resource.address,
        flowLogsOn(subnet).value,
        subnet.holdsWorkloads,
      ]),
    ).toEqual([
      ['google_compute_subnetwork.seed', true, true],
      ['google_compute_subnetwork.none', false, true],
      ['google_compute_subnetwork.proxy', false, false],
    ]);
  });

  it('treats a network without auto_create_subnetworks as auto mode', () => {
    expect(autoModeNetwork(resource(model, 'google_compute_network.auto')).value).toBe(true);
  });
});

describe('logging view', () => {
  const model = loadTerraform(`
resource "google_project" "app" {
  name       = "App"
  project_id = "acme-app"
}

resource "google_project_iam_audit_config" "app" {
  project = google_project.app.project_id
  service = "allServices"
  audit_log_config {
    log_type = "DATA_READ"
  }
}

data "google_iam_policy" "folder" {
  audit_config {
    service = "storage.googleapis.com"
    audit_log_configs {
      log_type         = "DATA_WRITE"
      exempted_members = ["user:jane@acme.example"]
    }
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/1"
  policy_data = data.google_iam_policy.folder.policy_data
}

resource "google_logging_project_sink" "by_literal" {
  name        = "all"
  project     = "acme-app"
  destination = "pubsub.googleapis.com/projects/acme-app/topics/logs"
}

resource "google_logging_folder_sink" "children" {
  name             = "errors"
  folder           = "folders/1"
  filter           = "severity >= ERROR"
  include_children = true
  destination      = "logging.googleapis.com/projects/acme-logs/locations/global/buckets/central"
}
`);

  it('reads audit configs from resources and from policy data sources, with their level', () => {
    expect(
      auditConfigs(model).map((config) => [
        config.level,
        config.service,
        config.logTypes,
        config.exempted.map((member) => member.value),
        isAllServices(config),
      ]),
    ).toEqual([
      ['project', 'allServices', ['DATA_READ'], [], true],
      ['folder', 'storage.googleapis.com', ['DATA_WRITE'], ['user:jane@acme.example'], false],
    ]);
    expect(auditConfigs(model)[0]!.projects.map((project) => project.address)).toEqual([
      'google_project.app',
    ]);
  });

  it('resolves sink projects by literal id and tells filtered sinks apart', () => {
    expect(
      logSinks(model).map((sink) => [
        sink.level,
        sink.exportsEverything,
        sink.coversChildren,
        sink.projects.map((p) => p.address),
      ]),
    ).toEqual([
      ['project', true, false, ['google_project.app']],
      ['folder', false, true, []],
    ]);
  });
});
