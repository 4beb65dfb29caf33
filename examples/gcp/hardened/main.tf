# A hardened GCP project: every resource here passes cloudgate's GCP rules.

resource "google_project" "payments" {
  name                = "Payments"
  project_id          = "acme-payments"
  org_id              = "123456789012"
  billing_account     = "000000-AAAAAA-BBBBBB"
  auto_create_network = false
}

# Data Access audit logs for every service, nobody exempted.
resource "google_project_iam_audit_config" "all_services" {
  project = google_project.payments.project_id
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# Every log entry is exported to a bucket nobody can purge early.
resource "google_logging_project_sink" "all_logs" {
  name                   = "all-logs-to-archive"
  project                = google_project.payments.project_id
  destination            = "storage.googleapis.com/${google_storage_bucket.log_archive.name}"
  unique_writer_identity = true
}

resource "google_storage_bucket" "log_archive" {
  name                        = "acme-payments-log-archive"
  project                     = google_project.payments.project_id
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  encryption {
    default_kms_key_name = google_kms_crypto_key.storage.id
  }
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_kms_key_ring" "payments" {
  name     = "payments"
  project  = google_project.payments.project_id
  location = "europe-west1"
}

resource "google_kms_crypto_key" "storage" {
  name            = "storage"
  key_ring        = google_kms_key_ring.payments.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "compute" {
  name            = "compute"
  key_ring        = google_kms_key_ring.payments.id
  rotation_period = "7776000s"
}

resource "google_dns_managed_zone" "public" {
  name     = "acme-payments"
  project  = google_project.payments.project_id
  dns_name = "pay.acme.example."
  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 2048
      key_type   = "keySigning"
    }
    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
