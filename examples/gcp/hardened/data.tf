resource "google_sql_database_instance" "ledger" {
  name             = "ledger"
  project          = google_project.payments.project_id
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      start_time                     = "02:00"
    }
    database_flags {
      name  = "log_connections"
      value = "on"
    }
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
    database_flags {
      name  = "log_checkpoints"
      value = "on"
    }
  }
}

resource "google_bigquery_dataset" "settlements" {
  dataset_id = "settlements"
  project    = google_project.payments.project_id
  location   = "EU"
  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.storage.id
  }
  access {
    role          = "OWNER"
    user_by_email = "data-owner@acme.example"
  }
  access {
    role           = "READER"
    group_by_email = "finance-analysts@acme.example"
  }
}

resource "google_storage_bucket" "exports" {
  name                        = "acme-payments-exports"
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
}

resource "google_storage_bucket_iam_member" "exports_reader" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectViewer"
  member = "group:finance-analysts@acme.example"
}
