resource "google_sql_database_instance" "ledger" {
  name             = "ledger"
  project          = google_project.payments.project_id
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      authorized_networks {
        name  = "anyone"
        value = "0.0.0.0/0"
      }
    }
    database_flags {
      name  = "log_checkpoints"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "shop" {
  name             = "shop"
  project          = google_project.payments.project_id
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-1"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }
    backup_configuration {
      enabled = true
    }
    database_flags {
      name  = "local_infile"
      value = "on"
    }
  }
}

resource "google_bigquery_dataset" "settlements" {
  dataset_id = "settlements"
  project    = google_project.payments.project_id
  location   = "EU"
  access {
    role          = "OWNER"
    user_by_email = "data-owner@acme.example"
  }
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}

resource "google_storage_bucket" "exports" {
  name                        = "acme-payments-exports"
  project                     = google_project.payments.project_id
  location                    = "EU"
  uniform_bucket_level_access = false
}

resource "google_storage_bucket_iam_member" "exports_public" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
