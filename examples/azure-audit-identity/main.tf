# The identity cloudgate's Azure audit signs in as: an app registration whose federated credential accepts
# GitHub's OIDC token from one repository and branch only, with read-only roles on the audited subscription.
# No secret or certificate is created: the workflow's token is the credential.

terraform {
  required_providers {
    azuread = { source = "hashicorp/azuread", version = "~> 3.0" }
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }
  }
}

provider "azurerm" {
  features {}
  subscription_id = var.subscription_id
}

variable "subscription_id" {
  description = "The subscription to audit."
  type        = string
}

variable "repository" {
  description = "The repository allowed to sign in, as owner/name."
  type        = string
  default     = "octo-org/platform"
}

resource "azuread_application" "audit" {
  display_name = "cloudgate-audit"
}

resource "azuread_service_principal" "audit" {
  client_id = azuread_application.audit.client_id
}

# Exact match on issuer, subject and audience: only pushes and schedules of the main branch of one repository.
resource "azuread_application_federated_identity_credential" "github_main" {
  application_id = azuread_application.audit.id
  display_name   = "github-main"
  issuer         = "https://token.actions.githubusercontent.com"
  subject        = "repo:${var.repository}:ref:refs/heads/main"
  audiences      = ["api://AzureADTokenExchange"]
}

# Reader sees the configuration; Security Reader adds Defender for Cloud plans and security contacts.
resource "azurerm_role_assignment" "reader" {
  scope                = "/subscriptions/${var.subscription_id}"
  role_definition_name = "Reader"
  principal_id         = azuread_service_principal.audit.object_id
}

resource "azurerm_role_assignment" "security_reader" {
  scope                = "/subscriptions/${var.subscription_id}"
  role_definition_name = "Security Reader"
  principal_id         = azuread_service_principal.audit.object_id
}

output "client_id" {
  value = azuread_application.audit.client_id
}
