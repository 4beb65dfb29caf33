# The identity cloudgate's Google Cloud audit runs as: a workload identity pool and provider trusting
# GitHub's OIDC issuer, whose attribute condition admits one repository only, and a read-only service
# account that only identities of that repository may impersonate. No key file is created.

terraform {
  required_providers {
    google = { source = "hashicorp/google", version = "~> 6.0" }
  }
}

variable "project_id" {
  description = "The project holding the pool and the service account."
  type        = string
}

variable "audited_project_id" {
  description = "The project to audit."
  type        = string
}

variable "repository" {
  description = "The repository allowed to federate, as owner/name."
  type        = string
  default     = "octo-org/platform"
}

resource "google_iam_workload_identity_pool" "github" {
  project                   = var.project_id
  workload_identity_pool_id = "github"
  display_name              = "GitHub Actions"
}

resource "google_iam_workload_identity_pool_provider" "github" {
  project                            = var.project_id
  workload_identity_pool_id          = google_iam_workload_identity_pool.github.workload_identity_pool_id
  workload_identity_pool_provider_id = "octo-org"
  display_name                       = "GitHub Actions OIDC"
  # Without a condition every repository on GitHub could federate into the pool.
  attribute_condition = "assertion.repository == '${var.repository}' && assertion.ref == 'refs/heads/main'"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
    "attribute.ref"        = "assertion.ref"
  }
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

resource "google_service_account" "audit" {
  project      = var.project_id
  account_id   = "cloudgate-audit"
  display_name = "cloudgate read-only audit"
}

# Only identities of the one repository may act as the service account.
resource "google_service_account_iam_member" "github" {
  service_account_id = google_service_account.audit.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/${google_iam_workload_identity_pool.github.name}/attribute.repository/${var.repository}"
}

# Viewer reads the configuration; Security Reviewer reads every IAM policy.
resource "google_project_iam_member" "viewer" {
  project = var.audited_project_id
  role    = "roles/viewer"
  member  = "serviceAccount:${google_service_account.audit.email}"
}

resource "google_project_iam_member" "security_reviewer" {
  project = var.audited_project_id
  role    = "roles/iam.securityReviewer"
  member  = "serviceAccount:${google_service_account.audit.email}"
}

output "workload_identity_provider" {
  value = google_iam_workload_identity_pool_provider.github.name
}

output "service_account" {
  value = google_service_account.audit.email
}
