# An insecure GCP project: the mistakes cloudgate's GCP rules catch.

resource "google_project" "payments" {
  name            = "Payments"
  project_id      = "acme-payments"
  org_id          = "123456789012"
  billing_account = "000000-AAAAAA-BBBBBB"
}

# Audits all services but leaves out reads and exempts the ETL account.
resource "google_project_iam_audit_config" "partial" {
  project = google_project.payments.project_id
  service = "allServices"
  audit_log_config {
    log_type = "DATA_WRITE"
    exempted_members = [
      "serviceAccount:etl@acme-payments.iam.gserviceaccount.com",
    ]
  }
}

resource "google_logging_project_sink" "errors_only" {
  name        = "errors-to-archive"
  project     = google_project.payments.project_id
  destination = "storage.googleapis.com/${google_storage_bucket.log_archive.name}"
  filter      = "severity >= ERROR"
}

resource "google_storage_bucket" "log_archive" {
  name     = "acme-payments-log-archive"
  project  = google_project.payments.project_id
  location = "EU"
}

resource "google_kms_key_ring" "payments" {
  name     = "payments"
  project  = google_project.payments.project_id
  location = "europe-west1"
}

resource "google_kms_crypto_key" "storage" {
  name     = "storage"
  key_ring = google_kms_key_ring.payments.id
}

resource "google_kms_crypto_key_iam_member" "storage_public" {
  crypto_key_id = google_kms_crypto_key.storage.id
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allAuthenticatedUsers"
}

resource "google_dns_managed_zone" "public" {
  name     = "acme-payments"
  project  = google_project.payments.project_id
  dns_name = "pay.acme.example."
  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "rsasha1"
      key_length = 2048
      key_type   = "keySigning"
    }
  }
}

resource "google_dns_managed_zone" "marketing" {
  name     = "acme-marketing"
  project  = google_project.payments.project_id
  dns_name = "go.acme.example."
}
