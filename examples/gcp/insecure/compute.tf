resource "google_compute_instance" "batch" {
  name           = "settlement-batch"
  project        = google_project.payments.project_id
  machine_type   = "e2-standard-4"
  zone           = "europe-west1-b"
  can_ip_forward = true
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = google_compute_subnetwork.app.id
    access_config {}
  }
  metadata = {
    enable-oslogin     = "FALSE"
    serial-port-enable = "TRUE"
  }
  service_account {
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_disk" "scratch" {
  name    = "scratch"
  project = google_project.payments.project_id
  zone    = "europe-west1-b"
  size    = 500
}
