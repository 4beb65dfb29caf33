resource "google_compute_project_metadata_item" "oslogin" {
  project = google_project.payments.project_id
  key     = "enable-oslogin"
  value   = "TRUE"
}

resource "google_service_account" "batch" {
  project      = google_project.payments.project_id
  account_id   = "batch"
  display_name = "Nightly settlement batch"
}

resource "google_compute_instance" "batch" {
  name         = "settlement-batch"
  project      = google_project.payments.project_id
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"
  tags         = ["ssh"]
  boot_disk {
    kms_key_self_link = google_kms_crypto_key.compute.id
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }
  metadata = {
    enable-oslogin         = "TRUE"
    block-project-ssh-keys = "TRUE"
  }
  service_account {
    email  = google_service_account.batch.email
    scopes = ["cloud-platform"]
  }
  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }
}
