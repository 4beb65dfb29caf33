# Hardened AWS baseline: every cloudgate AWS rule passes on this configuration.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "github_repository" {
  type    = string
  default = "acme-corp/infrastructure"
}

data "aws_caller_identity" "current" {}

# --- Keys -------------------------------------------------------------------

resource "aws_kms_key" "data" {
  description         = "Data at rest"
  enable_key_rotation = true
}

resource "aws_kms_key" "logs" {
  description         = "Audit and application logs"
  enable_key_rotation = true
}

# --- Account-wide settings --------------------------------------------------

resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_ebs_encryption_by_default" "on" {
  enabled = true
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  max_password_age               = 90
  allow_users_to_change_password = true
}

resource "aws_guardduty_detector" "main" {
  enable = true
}
