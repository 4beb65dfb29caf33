resource "google_compute_network" "main" {
  name    = "payments"
  project = google_project.payments.project_id
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  project       = google_project.payments.project_id
  region        = "europe-west1"
  network       = google_compute_network.main.id
  ip_cidr_range = "10.10.0.0/20"
}

resource "google_compute_firewall" "ssh_anywhere" {
  name    = "allow-ssh"
  project = google_project.payments.project_id
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "everything" {
  name    = "allow-all"
  project = google_project.payments.project_id
  network = google_compute_network.main.name
  allow {
    protocol = "all"
  }
}
