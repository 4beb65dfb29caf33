resource "google_service_account" "ci" {
  project    = google_project.payments.project_id
  account_id = "ci-deployer"
}

resource "google_service_account_key" "ci" {
  service_account_id = google_service_account.ci.name
}

resource "google_project_iam_member" "ci_owner" {
  project = google_project.payments.project_id
  role    = "roles/owner"
  member  = "serviceAccount:${google_service_account.ci.email}"
}

data "google_iam_policy" "project" {
  binding {
    role    = "roles/editor"
    members = ["user:contractor@partner.example", "serviceAccount:123456789012-compute@developer.gserviceaccount.com"]
  }
  binding {
    role    = "roles/iam.serviceAccountUser"
    members = ["group:developers@acme.example"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = google_project.payments.project_id
  policy_data = data.google_iam_policy.project.policy_data
}

resource "google_pubsub_topic_iam_member" "events_public" {
  topic  = "payment-events"
  project = google_project.payments.project_id
  role   = "roles/pubsub.publisher"
  member = "allUsers"
}

resource "google_cloud_run_v2_service_iam_member" "admin_public" {
  name     = "admin"
  project  = google_project.payments.project_id
  location = "europe-west1"
  role     = "roles/run.invoker"
  member   = "allUsers"
}

resource "google_project_iam_custom_role" "operator" {
  project     = google_project.payments.project_id
  role_id     = "paymentsOperator"
  title       = "Payments Operator"
  permissions = ["storage.*", "resourcemanager.projects.setIamPolicy"]
}

# The release pipeline federates from GitHub Actions, but nothing says which repository may.
resource "google_iam_workload_identity_pool" "ci" {
  project                   = google_project.payments.project_id
  workload_identity_pool_id = "ci"
}

resource "google_iam_workload_identity_pool_provider" "github" {
  project                            = google_project.payments.project_id
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "github"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}
