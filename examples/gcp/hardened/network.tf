resource "google_compute_network" "main" {
  name                    = "payments"
  project                 = google_project.payments.project_id
  auto_create_subnetworks = false
  routing_mode            = "REGIONAL"
}

# The seed's flow log settings: 5-second aggregation, half of the flows, all metadata.
resource "google_compute_subnetwork" "app" {
  name                     = "app"
  project                  = google_project.payments.project_id
  region                   = "europe-west1"
  network                  = google_compute_network.main.id
  ip_cidr_range            = "10.10.0.0/20"
  private_ip_google_access = true
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "10.100.0.0/16"
  }
  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "10.200.0.0/20"
  }
}

# Administration only through Identity-Aware Proxy TCP forwarding.
resource "google_compute_firewall" "iap_ssh" {
  name    = "allow-ssh-from-iap"
  project = google_project.payments.project_id
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
  source_ranges = ["35.235.240.0/20"]
  target_tags   = ["ssh"]
}

resource "google_compute_firewall" "lb_health_checks" {
  name    = "allow-health-checks"
  project = google_project.payments.project_id
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["8080"]
  }
  source_ranges = ["35.191.0.0/16", "130.211.0.0/22"]
}

resource "google_compute_router" "egress" {
  name    = "egress"
  project = google_project.payments.project_id
  region  = "europe-west1"
  network = google_compute_network.main.id
}

resource "google_compute_router_nat" "egress" {
  name                               = "egress"
  project                            = google_project.payments.project_id
  router                             = google_compute_router.egress.name
  region                             = "europe-west1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}
