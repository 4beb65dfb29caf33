resource "google_container_cluster" "apps" {
  name               = "apps"
  project            = google_project.payments.project_id
  location           = "europe-west1"
  network            = google_compute_network.main.id
  initial_node_count = 3
  enable_legacy_abac = true

  enable_shielded_nodes = false

  master_auth {
    client_certificate_config {
      issue_client_certificate = true
    }
  }

  node_config {
    machine_type = "e2-standard-4"
    metadata = {
      disable-legacy-endpoints = "false"
    }
    workload_metadata_config {
      mode = "GCE_METADATA"
    }
  }
}

resource "google_container_node_pool" "pinned" {
  name     = "pinned"
  project  = google_project.payments.project_id
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"
  management {
    auto_upgrade = false
  }
}

resource "google_container_cluster" "tools" {
  name               = "tools"
  project            = google_project.payments.project_id
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "acme-payments.svc.id.goog"
  }
  private_cluster_config {
    enable_private_nodes = true
  }
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "0.0.0.0/0"
      display_name = "everyone"
    }
  }
  network_policy {
    enabled = true
  }
  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }
}
