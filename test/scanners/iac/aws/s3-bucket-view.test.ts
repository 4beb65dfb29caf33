import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deniesInsecureTransport } from '../../../../src/scanners/iac/aws/iam-conditions';
import { s3Buckets } from '../../../../src/scanners/iac/aws/s3-bucket-view';
import { AWS_RULES } from '../../../../src/scanners/iac/rules/aws/index';
import { findingLines, scanFiles } from './scan-files';

const SEED_S3 = readFileSync(path.join(__dirname, 'fixtures', 'seed-s3.tf'), 'utf8');

describe('S3 bucket view', () => {
  it('joins the seed bucket with its separate public access block, versioning, encryption and policy resources', () => {
    const { model } = scanFiles({ 'main.tf': SEED_S3 });
    const [bucket] = s3Buckets(model);
    expect(bucket?.bucket.address).toBe('aws_s3_bucket.secure_bucket');
    expect(bucket?.publicAccessBlocks.map((block) => block.resource.address)).toEqual([
      'aws_s3_bucket_public_access_block.secure_bucket',
    ]);
    expect(bucket?.versioning.state).toBe('enabled');
    expect(bucket?.encryption.state).toBe('kms');
    expect(bucket?.policies.map((policy) => policy.owner.address)).toEqual([
      'aws_s3_bucket_policy.secure_bucket',
    ]);
  });

  it('gives the seed S3 Terraform no public-access, versioning or encryption finding', () => {
    const ids = scanFiles({ 'main.tf': SEED_S3 }, AWS_RULES).report.findings.map((finding) => finding.ruleId);
    const about = ids.filter((id) => /public|versioning|encryption|acl|insecure-transport/.test(id));
    expect(about).toEqual([]);
    // The seed configures no access logging: that finding is real and expected.
    expect(ids).toEqual(['aws-s3-access-logging-disabled']);
  });

  it('reads the seed bucket policy written with jsonencode, though its resources are ARNs known only after apply', () => {
    const { model } = scanFiles({ 'main.tf': SEED_S3 });
    const [policy] = s3Buckets(model)[0]?.policies ?? [];
    expect(policy?.document.unknown).toBe(false);
    expect(policy?.document.statements.map((statement) => [statement.sid, statement.effect])).toEqual([
      ['DenyUnencryptedUploads', 'Deny'],
      ['DenyInsecureTransport', 'Deny'],
    ]);
    expect(policy?.document.statements.map(deniesInsecureTransport)).toEqual([false, true]);
    // Each statement keeps its own line in the file.
    expect(policy?.document.statements.map((statement) => statement.node.range.startLine)).toEqual([36, 48]);
  });

  it('finds the missing TLS deny once the seed policy loses it: the policy is analysed, not skipped as unknown', () => {
    const withoutDeny = SEED_S3.replace('"aws:SecureTransport" = "false"', '"aws:SecureTransport" = "true"');
    const rule = AWS_RULES.filter((candidate) => candidate.meta.id === 'aws-s3-insecure-transport-allowed');
    expect(findingLines(scanFiles({ 'main.tf': SEED_S3 }, rule))).toEqual([]);
    expect(findingLines(scanFiles({ 'main.tf': withoutDeny }, rule))).toEqual([
      'main.tf:33 policy of bucket aws_s3_bucket.secure_bucket has no statement denying aws:SecureTransport false',
    ]);
  });

  it('reads provider v3 inline arguments', () => {
    const { model } = scanFiles({
      'main.tf': `resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  acl    = "private"
  versioning {
    enabled = true
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
  logging {
    target_bucket = "acme-logs"
  }
}
`,
    });
    const [bucket] = s3Buckets(model);
    expect([bucket?.versioning.state, bucket?.encryption.state, bucket?.logging.state]).toEqual([
      'enabled',
      'sse-s3',
      'enabled',
    ]);
    expect(bucket?.acls.map((acl) => acl.name)).toEqual(['acl']);
  });

  it('links CloudFormation bucket policies by reference and by literal bucket name', () => {
    const { model } = scanFiles({
      'stack.yaml': `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-data
  Other:
    Type: AWS::S3::Bucket
  ByReference:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument: { Version: "2012-10-17", Statement: [] }
  ByName:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: acme-data
      PolicyDocument: { Version: "2012-10-17", Statement: [] }
`,
    });
    const views = new Map(
      s3Buckets(model).map((view) => [
        view.bucket.address,
        view.policies.map((policy) => policy.owner.address).sort(),
      ]),
    );
    expect(views.get('Data')).toEqual(['ByName', 'ByReference']);
    expect(views.get('Other')).toEqual([]);
  });

  it('stays silent about missing split resources when one points at a bucket the scan cannot resolve', () => {
    const files = {
      'main.tf': `variable "bucket_id" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_versioning" "elsewhere" {
  bucket = var.bucket_id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    };
    const [bucket] = s3Buckets(scanFiles(files).model);
    expect(bucket?.versioning.state).toBe('unknown');
    const versioningRule = AWS_RULES.filter((rule) => rule.meta.id === 'aws-s3-versioning-disabled');
    // `var.bucket_id` has no value, so the versioning resource may configure this bucket: the rule must not guess.
    expect(findingLines(scanFiles(files, versioningRule))).toEqual([]);
    const resolved = { 'main.tf': files['main.tf'].replace('var.bucket_id', '"acme-other"') };
    expect(findingLines(scanFiles(resolved, versioningRule))).toEqual([
      'main.tf:5 bucket aws_s3_bucket.data has no aws_s3_bucket_versioning or versioning block',
    ]);
  });

  it('counts a reference to another resource or data source of the scope as resolved, so a missing setting stays absent', () => {
    const files = {
      'main.tf': `
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

data "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

resource "aws_s3_bucket" "other" {
  bucket = "acme-other"
}

resource "aws_s3_bucket_versioning" "shared" {
  bucket = data.aws_s3_bucket.shared.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_versioning" "other" {
  bucket = aws_s3_bucket.other.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    };
    const [data, other] = s3Buckets(scanFiles(files).model);
    expect(data?.versioning.state).toBe('absent');
    expect(other?.versioning.state).toBe('enabled');
  });
  it('reads the policy of each root that calls a shared bucket module, though the module file and addresses are the same', () => {
    const bucketModule = `variable "name" {}
variable "reader" { default = "arn:aws:iam::111122223333:root" }
resource "aws_s3_bucket" "this" {
  bucket = var.name
}
data "aws_iam_policy_document" "this" {
  statement {
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
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.this.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = [var.reader]
    }
  }
}
resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.this.json
}
`;
    const stack = (reader: string) => `module "assets" {
  source = "../../modules/bucket"
  name   = "acme-assets"
${reader}}
`;
    const files = {
      'modules/bucket/main.tf': bucketModule,
      'stacks/a/main.tf': stack(''),
      'stacks/b/main.tf': stack('  reader = "*"\n'),
    };
    const { model } = scanFiles(files);
    const views = s3Buckets(model);
    expect(views.map((view) => view.policies.map((policy) => policy.resource.meta.root))).toEqual([
      ['stacks/a'],
      ['stacks/b'],
    ]);
    const rules = AWS_RULES.filter((rule) =>
      ['aws-s3-insecure-transport-allowed', 'aws-s3-policy-public-principal'].includes(rule.meta.id),
    );
    // Only stack b opens the policy to everyone; both deny plain HTTP.
    const findings = scanFiles(files, rules).report.findings;
    expect(findings.map((finding) => [finding.ruleId, finding.resource])).toEqual([
      ['aws-s3-policy-public-principal', 'module.assets.data.aws_iam_policy_document.this'],
    ]);
  });
});
