# Read-only IAM role for the cloudgate cloud-audit action. GitHub Actions workflows of one repository and
# branch assume it with their OIDC token (no stored keys). With an AWS Organization, apply the
# "member" part in every member account (auditor_account_id set) so the audit can assume it there.

variable "github_owner" {
  description = "Owner (organisation or user) of the repository that runs the audit, e.g. octo-org."
  type        = string
}

variable "github_owner_id" {
  description = "Numeric id of the owner, for the immutable subject format."
  type        = string
}

variable "repository" {
  description = "Repository name, e.g. infra."
  type        = string
}

variable "repository_id" {
  description = "Numeric id of the repository, for the immutable subject format."
  type        = string
}

variable "branch" {
  description = "The branch whose workflows may audit."
  type        = string
  default     = "main"
}

variable "create_oidc_provider" {
  description = "Set to false when the account already has the token.actions.githubusercontent.com provider."
  type        = bool
  default     = true
}

variable "auditor_account_id" {
  description = "For organisation member accounts: the account whose cloudgate-audit role fans out. Empty where the workflow assumes the role directly."
  type        = string
  default     = ""
}

data "aws_partition" "current" {}

data "aws_caller_identity" "current" {}

locals {
  github_role = var.auditor_account_id == ""
  subjects = [
    "repo:${var.github_owner}/${var.repository}:ref:refs/heads/${var.branch}",
    "repo:${var.github_owner}@${var.github_owner_id}/${var.repository}@${var.repository_id}:ref:refs/heads/${var.branch}",
  ]
}

resource "aws_iam_openid_connect_provider" "github" {
  count          = var.create_oidc_provider && local.github_role ? 1 : 0
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "github_trust" {
  statement {
    sid     = "GitHubActionsOfOneBranch"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = local.subjects
    }
  }
}

data "aws_iam_policy_document" "member_trust" {
  statement {
    sid     = "OrganisationAuditor"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${var.auditor_account_id}:role/cloudgate-audit"]
    }
  }
}

resource "aws_iam_role" "audit" {
  name                 = "cloudgate-audit"
  description          = "Read-only role for the cloudgate cloud-audit action."
  max_session_duration = 3600
  assume_role_policy   = local.github_role ? data.aws_iam_policy_document.github_trust.json : data.aws_iam_policy_document.member_trust.json
}

resource "aws_iam_role_policy_attachment" "security_audit" {
  role       = aws_iam_role.audit.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/SecurityAudit"
}

data "aws_iam_policy_document" "extra_reads" {
  statement {
    sid       = "ReadsBeyondSecurityAudit"
    effect    = "Allow"
    actions   = ["ec2:GetEbsEncryptionByDefault", "s3:GetAccountPublicAccessBlock"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = local.github_role ? [1] : []
    content {
      sid       = "FanOutOverTheOrganisation"
      effect    = "Allow"
      actions   = ["sts:AssumeRole"]
      resources = ["arn:${data.aws_partition.current.partition}:iam::*:role/cloudgate-audit"]
    }
  }
}

resource "aws_iam_role_policy" "extra_reads" {
  name   = "cloudgate-audit-reads"
  role   = aws_iam_role.audit.id
  policy = data.aws_iam_policy_document.extra_reads.json
}

output "role_arn" {
  description = "The role-to-assume of the cloud-audit action."
  value       = aws_iam_role.audit.arn
}
