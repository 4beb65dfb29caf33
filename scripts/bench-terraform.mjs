// The synthetic Terraform corpus of `npm run bench -- --kind terraform`: teams, each with two local
// modules (an S3 bucket with its split resources, a web security group) called from several root
// stacks. A stack has the files real ones have: variables with defaults and tfvars, locals, module
// calls with for_each, count, dynamic blocks, data sources, aws_iam_policy_document, jsonencode
// policies, heredocs, security groups; half of the stacks are hardened, half carry mistakes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const STACKS_PER_TEAM = 12;

/**
 * Writes `count` files under `dir`; returns their total size, how many bytes are in files whose
 * text an earlier file already has (stacks copied from one another), and how many root stacks they make.
 * With `distinct`, each file starts with a comment naming it, so no two files have the same text.
 */
export function generateTerraform(dir, count, random, { distinct = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const pick = (choices) => choices[Math.floor(random() * choices.length)];
  let bytes = 0;
  let copiedBytes = 0;
  const texts = new Set();
  let files = 0;
  let stacks = 0;
  const write = (relative, written) => {
    if (files >= count) return;
    const text = distinct ? `# ${relative}\n${written}` : written;
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    if (texts.has(text)) copiedBytes += Buffer.byteLength(text);
    else texts.add(text);
    files++;
  };
  for (let team = 0; files < count; team++) {
    const teamDir = `team-${String(team).padStart(3, '0')}`;
    for (const [name, text] of Object.entries(bucketModule()))
      write(`${teamDir}/modules/s3-bucket/${name}`, text);
    for (const [name, text] of Object.entries(securityGroupModule()))
      write(`${teamDir}/modules/web-sg/${name}`, text);
    for (let index = 0; index < STACKS_PER_TEAM && files < count; index++) {
      const stack = `${teamDir}-stack-${String(index).padStart(2, '0')}`;
      const secure = random() < 0.5;
      const context = { team: teamDir, stack, secure, pick, random };
      for (const [name, text] of Object.entries(rootStack(context)))
        write(`${teamDir}/stacks/${stack}/${name}`, text);
      stacks++;
    }
  }
  return { bytes, copiedBytes, files, stacks };
}

function rootStack(context) {
  return {
    'main.tf': mainTf(context),
    'variables.tf': variablesTf(),
    'terraform.tfvars': tfvars(context),
    'iam.tf': iamTf(context),
    'network.tf': networkTf(context),
    'compute.tf': computeTf(context),
    'storage.tf': storageTf(context),
    'outputs.tf': outputsTf(),
  };
}

function mainTf({ team, stack }) {
  return `terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "${team}/${stack}/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

locals {
  name = "\${var.project}-\${var.environment}"
  tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })

  buckets = {
    for key, bucket in var.buckets : key => merge(bucket, {
      full_name = lower("\${local.name}-\${key}")
    })
  }

  az_count       = length(var.availability_zones)
  is_production  = contains(["prod", "production"], var.environment)
  retention_days = local.is_production ? 365 : 30
}

module "logs" {
  source = "../../modules/s3-bucket"

  name          = "\${local.name}-access-logs"
  versioning    = true
  kms_key_arn   = null
  force_destroy = !local.is_production
  tags          = local.tags
}

module "buckets" {
  source   = "../../modules/s3-bucket"
  for_each = local.buckets

  name            = each.value.full_name
  versioning      = each.value.versioning
  kms_key_arn     = each.value.encrypted ? aws_kms_key.data.arn : null
  block_public    = each.value.private
  logging_bucket  = var.enable_access_logs ? module.logs.bucket_id : null
  lifecycle_rules = each.value.lifecycle_rules
  force_destroy   = !local.is_production
  tags            = merge(local.tags, { Bucket = each.key })
}

module "web_sg" {
  source = "../../modules/web-sg"

  name          = "\${local.name}-web"
  vpc_id        = aws_vpc.main.id
  ingress_rules = var.web_ingress
  tags          = local.tags
}

resource "aws_kms_key" "data" {
  description             = "Data encryption key for \${local.name}"
  deletion_window_in_days = 14
  enable_key_rotation     = var.kms_rotation
  tags                    = local.tags
}

resource "aws_kms_alias" "data" {
  name          = "alias/\${local.name}-data"
  target_key_id = aws_kms_key.data.key_id
}
`;
}

function variablesTf() {
  return `variable "region" {
  description = "AWS region of the stack."
  type        = string
  default     = "eu-west-1"
}

variable "project" {
  description = "Short project name, used in resource names."
  type        = string
}

variable "environment" {
  description = "Deployment environment."
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}

variable "buckets" {
  description = "Buckets of the stack, by short name."
  type = map(object({
    versioning = optional(bool, true)
    encrypted  = optional(bool, true)
    private    = optional(bool, true)
    lifecycle_rules = optional(list(object({
      id              = string
      prefix          = optional(string, "")
      expiration_days = optional(number, 90)
    })), [])
  }))
  default = {}
}

variable "availability_zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "web_ingress" {
  description = "Ports the web tier accepts, and from where."
  type = list(object({
    port        = number
    cidr_blocks = list(string)
    description = optional(string, "web")
  }))
  default = []
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["10.10.0.0/16"]
}

variable "db_allowed_cidrs" {
  type    = list(string)
  default = []
}

variable "instance_count" {
  type    = number
  default = 2
}

variable "instance_type" {
  type    = string
  default = "t3.small"
}

variable "app_ports" {
  type    = list(number)
  default = [8080]
}

variable "hardened" {
  description = "Turns on the settings a production account requires."
  type        = bool
  default     = false
}

variable "kms_rotation" {
  type    = bool
  default = true
}

variable "enable_access_logs" {
  type    = bool
  default = true
}

variable "enable_flow_logs" {
  type    = bool
  default = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}
`;
}

function tfvars({ stack, secure, pick, random }) {
  const suffix = stack.replace(/^team-/, 't');
  const ingress = secure
    ? `[
  { port = 443, cidr_blocks = ["10.0.0.0/8"], description = "HTTPS from the corporate network" },
]`
    : `[
  { port = 80, cidr_blocks = ["0.0.0.0/0"] },
  { port = 22, cidr_blocks = ["0.0.0.0/0"], description = "ssh" },
  { port = ${pick([3306, 5432, 6379])}, cidr_blocks = ["0.0.0.0/0"], description = "database" },
]`;
  const extraBucket = random() < 0.5 ? 'reports' : 'exports';
  return `project     = "${suffix}"
environment = "${pick(['dev', 'staging', 'prod'])}"
region      = "${pick(['eu-west-1', 'us-east-1', 'us-west-2'])}"

tags = {
  Owner      = "platform-team"
  CostCenter = "${1000 + Math.floor(random() * 9000)}"
}

buckets = {
  data = {
    versioning = ${secure}
    encrypted  = ${secure}
    lifecycle_rules = [
      { id = "expire-tmp", prefix = "tmp/", expiration_days = 7 },
      { id = "expire-old" },
    ]
  }
  assets = {
    private = ${secure}
  }
  ${extraBucket} = {
    versioning = true
  }
}

web_ingress      = ${ingress}
db_allowed_cidrs = ${secure ? '["10.0.1.0/24", "10.0.2.0/24"]' : '["0.0.0.0/0"]'}
admin_cidrs      = ${secure ? '["10.10.0.0/16"]' : '["0.0.0.0/0"]'}
instance_count   = ${1 + Math.floor(random() * 3)}
app_ports        = [8080, 9090]
hardened         = ${secure}
kms_rotation     = ${secure}
enable_flow_logs = ${secure}
`;
}

function iamTf({ secure }) {
  const statement = secure
    ? `      {
        Sid      = "WriteReports"
        Effect   = "Allow"
        Action   = ["s3:PutObject"]
        Resource = ["\${module.buckets["data"].bucket_arn}/reports/*"]
      },`
    : `      {
        Sid      = "Everything"
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },`;
  return `data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

data "aws_iam_policy_document" "assume_ec2" {
  statement {
    sid     = "EC2AssumeRole"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "app" {
  name               = "\${local.name}-app"
  assume_role_policy = data.aws_iam_policy_document.assume_ec2.json
  tags               = local.tags
}

resource "aws_iam_instance_profile" "app" {
  name = "\${local.name}-app"
  role = aws_iam_role.app.name
}

resource "aws_iam_policy" "app" {
  name        = "\${local.name}-app"
  description = "What the application instances may do."
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadData"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = [module.buckets["data"].bucket_arn, "\${module.buckets["data"].bucket_arn}/*"]
      },
${statement}
      {
        Sid      = "UseDataKey"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource = aws_kms_key.data.arn
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "app" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.app.arn
}

data "aws_iam_policy_document" "deployer" {
  statement {
    sid       = "PassAppRole"
    actions   = ["iam:PassRole"]
    resources = [${secure ? 'aws_iam_role.app.arn' : '"*"'}]
  }

  statement {
    sid       = "Describe"
    actions   = ["ec2:Describe*", "autoscaling:Describe*"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = local.is_production ? [] : ["debug"]
    content {
      sid       = "Debug\${title(statement.value)}"
      actions   = ["logs:GetLogEvents", "logs:FilterLogEvents"]
      resources = ["arn:aws:logs:\${data.aws_region.current.name}:\${data.aws_caller_identity.current.account_id}:*"]
    }
  }
}

resource "aws_iam_policy" "deployer" {
  name   = "\${local.name}-deployer"
  policy = data.aws_iam_policy_document.deployer.json
}
`;
}

function networkTf({ secure }) {
  return `resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = merge(local.tags, { Name = local.name })
}

resource "aws_subnet" "private" {
  count             = local.az_count
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(var.vpc_cidr, 4, count.index)
  availability_zone = element(var.availability_zones, count.index)
  tags              = merge(local.tags, { Name = "\${local.name}-private-\${count.index}", Tier = "private" })
}

resource "aws_subnet" "public" {
  count                   = local.az_count
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(var.vpc_cidr, 4, count.index + local.az_count)
  availability_zone       = var.availability_zones[count.index]
  map_public_ip_on_launch = ${secure ? 'false' : 'true'}
  tags                    = merge(local.tags, { Name = "\${local.name}-public-\${count.index}", Tier = "public" })
}

resource "aws_cloudwatch_log_group" "flow" {
  count             = var.enable_flow_logs ? 1 : 0
  name              = "/aws/vpc/\${local.name}"
  retention_in_days = local.retention_days
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_flow_log" "main" {
  count           = var.enable_flow_logs ? 1 : 0
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow[0].arn
  iam_role_arn    = aws_iam_role.app.arn
}

resource "aws_security_group" "db" {
  name        = "\${local.name}-db"
  description = "Database access for \${local.name}"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.db_allowed_cidrs
    content {
      description = "PostgreSQL from \${ingress.value}"
      from_port   = 5432
      to_port     = 5432
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }

  egress {
    description = "Responses inside the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [${secure ? 'var.vpc_cidr' : '"0.0.0.0/0"'}]
  }

  tags = local.tags
}

resource "aws_security_group_rule" "admin_ssh" {
  for_each          = toset(var.admin_cidrs)
  type              = "ingress"
  description       = "SSH for administrators from \${each.value}"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [each.value]
  security_group_id = module.web_sg.security_group_id
}

resource "aws_network_acl" "private" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = aws_subnet.private[*].id

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = ${secure ? 'var.vpc_cidr' : '"0.0.0.0/0"'}
    from_port  = ${secure ? 443 : 0}
    to_port    = ${secure ? 443 : 65535}
  }

  egress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
`;
}

function computeTf({ secure }) {
  const secret = secure
    ? 'aws ssm get-parameter --name "/${var.project}/db" --with-decryption > /run/app/db'
    : 'export DB_PASSWORD="correct-horse-battery-staple-42"';
  return `data "aws_ami" "linux" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }

  filter {
    name   = "virtualization-type"
    values = ["hvm"]
  }
}

resource "aws_instance" "app" {
  count                       = var.instance_count
  ami                         = data.aws_ami.linux.id
  instance_type               = var.instance_type
  subnet_id                   = aws_subnet.${secure ? 'private' : 'public'}[count.index % local.az_count].id
  vpc_security_group_ids      = [module.web_sg.security_group_id, aws_security_group.db.id]
  iam_instance_profile        = aws_iam_instance_profile.app.name
  associate_public_ip_address = ${secure ? 'false' : 'true'}
  monitoring                  = var.hardened

  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    echo "environment=\${var.environment}" >> /etc/app.env
    ${secret}
    %{ for port in var.app_ports ~}
    iptables -A INPUT -p tcp --dport \${port} -j ACCEPT
    %{ endfor ~}
    systemctl enable --now app
  EOT

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = var.hardened ? "required" : "optional"
    http_put_response_hop_limit = 1
  }

  root_block_device {
    volume_type = "gp3"
    volume_size = 20
    encrypted   = var.hardened
  }

  tags = merge(local.tags, { Name = format("%s-app-%02d", local.name, count.index) })

  lifecycle {
    ignore_changes = [ami]
  }
}

resource "aws_db_subnet_group" "main" {
  name       = "\${local.name}-db"
  subnet_ids = aws_subnet.private[*].id
}

resource "aws_db_instance" "main" {
  identifier              = "\${local.name}-db"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t3.medium"
  allocated_storage       = 50
  db_subnet_group_name    = aws_db_subnet_group.main.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  username                = "app"
  password                = var.db_password
  storage_encrypted       = var.hardened
  kms_key_id              = var.hardened ? aws_kms_key.data.arn : null
  publicly_accessible     = ${secure ? 'false' : 'true'}
  backup_retention_period = var.hardened ? 14 : 0
  deletion_protection     = local.is_production
  skip_final_snapshot     = !local.is_production
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/\${local.name}"
  retention_in_days = ${secure ? 'local.retention_days' : 1}
  kms_key_id        = ${secure ? 'aws_kms_key.data.arn' : 'null'}
}
`;
}

function storageTf({ secure }) {
  const acl = secure ? '' : '\n  acl    = "public-read"';
  const principal = secure
    ? '{ "AWS": "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }'
    : '"*"';
  return `resource "aws_s3_bucket" "artifacts" {
  bucket = "\${local.name}-artifacts"${acl}
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  versioning_configuration {
    status = "${secure ? 'Enabled' : 'Suspended'}"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = ${secure}
  block_public_policy     = ${secure}
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadArtifacts",
      "Effect": "Allow",
      "Principal": ${principal},
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::\${aws_s3_bucket.artifacts.bucket}/*"
    }
  ]
}
POLICY
}
`;
}

function outputsTf() {
  return `output "vpc_id" {
  value = aws_vpc.main.id
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}

output "bucket_names" {
  value = { for key, bucket in module.buckets : key => bucket.bucket_id }
}

output "app_role_arn" {
  description = "Role the application instances run as."
  value       = aws_iam_role.app.arn
}
`;
}

function bucketModule() {
  return {
    'main.tf': `resource "aws_s3_bucket" "this" {
  bucket        = var.name
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  count  = var.versioning ? 1 : 0
  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.kms_key_arn == null ? "AES256" : "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = var.kms_key_arn != null
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = var.block_public
  block_public_policy     = var.block_public
  ignore_public_acls      = var.block_public
  restrict_public_buckets = var.block_public
}

resource "aws_s3_bucket_logging" "this" {
  count         = var.logging_bucket == null ? 0 : 1
  bucket        = aws_s3_bucket.this.id
  target_bucket = var.logging_bucket
  target_prefix = "\${var.name}/"
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  count  = length(var.lifecycle_rules) > 0 ? 1 : 0
  bucket = aws_s3_bucket.this.id

  dynamic "rule" {
    for_each = var.lifecycle_rules
    content {
      id     = rule.value.id
      status = "Enabled"

      filter {
        prefix = rule.value.prefix
      }

      expiration {
        days = rule.value.expiration_days
      }
    }
  }
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.this.arn, "\${aws_s3_bucket.this.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.tls_only.json
}
`,
    'variables.tf': `variable "name" {
  description = "Bucket name."
  type        = string
}

variable "versioning" {
  type    = bool
  default = true
}

variable "kms_key_arn" {
  description = "KMS key for SSE-KMS; AES256 when null."
  type        = string
  default     = null
}

variable "block_public" {
  type    = bool
  default = true
}

variable "logging_bucket" {
  type    = string
  default = null
}

variable "lifecycle_rules" {
  type = list(object({
    id              = string
    prefix          = optional(string, "")
    expiration_days = optional(number, 90)
  }))
  default = []
}

variable "force_destroy" {
  type    = bool
  default = false
}

variable "tags" {
  type    = map(string)
  default = {}
}
`,
    'outputs.tf': `output "bucket_id" {
  value = aws_s3_bucket.this.id
}

output "bucket_arn" {
  value = aws_s3_bucket.this.arn
}
`,
  };
}

function securityGroupModule() {
  return {
    'main.tf': `locals {
  rules_by_port = { for rule in var.ingress_rules : tostring(rule.port) => rule }
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "Web tier \${var.name}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = local.rules_by_port
    content {
      description = ingress.value.description
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr_blocks
    }
  }

  egress {
    description = "All outbound"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = merge(var.tags, { Name = var.name })

  lifecycle {
    create_before_destroy = true
  }
}
`,
    'variables.tf': `variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "ingress_rules" {
  type = list(object({
    port        = number
    cidr_blocks = list(string)
    description = optional(string, "web")
  }))
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}
`,
    'outputs.tf': `output "security_group_id" {
  value = aws_security_group.this.id
}
`,
  };
}
