resource "google_container_cluster" "apps" {
  name                     = "apps"
  project                  = google_project.payments.project_id
  location                 = "europe-west1"
  network                  = google_compute_network.main.id
  subnetwork               = google_compute_subnetwork.app.id
  remove_default_node_pool = true
  initial_node_count       = 1
  datapath_provider        = "ADVANCED_DATAPATH"
  enable_shielded_nodes    = true

  # The seed's Workload Identity setup, on the cluster side.
  workload_identity_config {
    workload_pool = "acme-payments.svc.id.goog"
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.8.0.0/24"
      display_name = "corporate-vpn"
    }
  }

  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }

  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"
  }

  release_channel {
    channel = "REGULAR"
  }
}

resource "google_service_account" "gke_nodes" {
  project      = google_project.payments.project_id
  account_id   = "gke-nodes"
  display_name = "GKE nodes"
}

resource "google_container_node_pool" "general" {
  name     = "general"
  project  = google_project.payments.project_id
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"
  management {
    auto_repair  = true
    auto_upgrade = true
  }
  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.gke_nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }
  }
}

# The seed's Workload Identity setup: a Google service account for the workload,
# usable only by the payments/api Kubernetes service account.
resource "google_service_account" "gke_workload" {
  project      = google_project.payments.project_id
  account_id   = "gke-workload"
  display_name = "GKE Workload Identity"
}

resource "google_service_account_iam_member" "payments_api_workload_identity" {
  service_account_id = google_service_account.gke_workload.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "serviceAccount:acme-payments.svc.id.goog[payments/api]"
}
