# The seed's custom role ("Limited Storage Reader"), bound with the seed's condition
# so the grant reaches one bucket only.
resource "google_project_iam_custom_role" "limited_storage_reader" {
  project     = google_project.payments.project_id
  role_id     = "limitedStorageReader"
  title       = "Limited Storage Reader"
  description = "Read-only access to specific bucket"
  stage       = "GA"
  permissions = ["storage.buckets.get", "storage.objects.get", "storage.objects.list"]
}

resource "google_service_account" "reporting" {
  project    = google_project.payments.project_id
  account_id = "reporting"
}

resource "google_project_iam_member" "reporting_reads_allowed_bucket" {
  project = google_project.payments.project_id
  role    = google_project_iam_custom_role.limited_storage_reader.name
  member  = google_service_account.reporting.member
  condition {
    title      = "allowed-bucket-only"
    expression = "resource.name.startsWith(\"projects/_/buckets/allowed-bucket\")"
  }
}

resource "google_project_iam_member" "platform_team" {
  project = google_project.payments.project_id
  role    = "roles/container.developer"
  member  = "group:platform@acme.example"
}

resource "google_project_iam_member" "batch_sql_client" {
  project = google_project.payments.project_id
  role    = "roles/cloudsql.client"
  member  = google_service_account.batch.member
}

# Deployers may act as the batch service account only, not as every account of the project.
resource "google_service_account_iam_member" "deployers_use_batch" {
  service_account_id = google_service_account.batch.name
  role               = "roles/iam.serviceAccountUser"
  member             = "group:deployers@acme.example"
}

resource "google_cloud_run_v2_service_iam_member" "checkout_frontend" {
  name     = "checkout"
  project  = google_project.payments.project_id
  location = "europe-west1"
  role     = "roles/run.invoker"
  member   = "serviceAccount:frontend@acme-payments.iam.gserviceaccount.com"
}
