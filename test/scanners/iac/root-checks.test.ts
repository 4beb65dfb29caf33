import { rmSync } from 'node:fs';
import path from 'node:path';
import { writeTree } from '../../helpers/temp-tree';
import type { Finding } from '../../../src/core/finding';
import { scopeOf } from '../../../src/scanners/iac/aws/resource-scope';
import { gathered } from '../../../src/scanners/iac/gathered-check';
import { IacModel } from '../../../src/scanners/iac/model/iac-model';
import { flag, type IacRule } from '../../../src/scanners/iac/model/violation';
import { IAC_RULES } from '../../../src/scanners/iac/rules/index';
import { scanIac, type IacScanOptions } from '../../../src/scanners/iac/scan-iac';

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const TODAY = new Date('2026-06-01T00:00:00Z');
const EXAMPLES = path.resolve(__dirname, '../../../examples');

function tree(files: Record<string, string>): string {
  return writeTree(files, created, 'cloudgate-root-checks-');
}

function describeFinding(finding: Finding): string {
  const where =
    finding.location.kind === 'file' ? `${finding.location.path}:${finding.location.range.startLine}` : '?';
  const suppressed = finding.suppression ? ` [suppressed by ${finding.suppression.source}]` : '';
  return `${finding.ruleId} ${where} ${finding.resource} ${finding.fingerprint}${suppressed}`;
}

/** The same scan checking each root module as it is evaluated, and checking the whole model at the end. */
function scanBothWays(options: IacScanOptions) {
  const perRoot = scanIac({ today: TODAY, ...options });
  const whole = scanIac({ today: TODAY, ...options, keepModel: true });
  return { perRoot, whole };
}

function expectSameResults(options: IacScanOptions): Finding[] {
  const { perRoot, whole } = scanBothWays(options);
  expect(perRoot.report.findings.map(describeFinding)).toEqual(whole.report.findings.map(describeFinding));
  expect(perRoot.report.notices).toEqual(whole.report.notices);
  expect(perRoot.report.stats.resources).toBe(whole.report.stats.resources);
  return perRoot.report.findings;
}

/** A Lambda function and the role `<name>-fn` it runs as, and nothing that grants the role anything. */
function lambdaStack(name: string): string {
  return `resource "aws_iam_role" "fn" {
  name               = "${name}-fn"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
}

resource "aws_lambda_function" "${name}" {
  function_name = "${name}"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${name}.zip"
}
`;
}

/** An IAM stack that attaches AdministratorAccess to the role named `role`, by its literal name. */
function adminAttachment(role: string): string {
  return `resource "aws_iam_role_policy_attachment" "admin" {
  role       = "${role}"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`;
}

const BUCKET_MODULE = `variable "name" {}
variable "reader" { default = "arn:aws:iam::111122223333:root" }

resource "aws_s3_bucket" "this" {
  # checkov:skip=CKV2_AWS_6: the account-level block in the platform stack covers it
  bucket = var.name
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.reader }
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.this.arn}/*"
    }]
  })
}
`;

/** An ingress block that opens SSH to the given CIDR list (HCL). */
const sshIngress = (cidrs: string) => `  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ${cidrs}
  }
`;

const STACK = (reader: string) => `module "assets" {
  source = "../../modules/bucket"
  name   = "acme-assets"
${reader}}

resource "aws_security_group" "web" {
  name = "web"
${sshIngress('["0.0.0.0/0"]')}}
`;

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Logs:
    Type: AWS::S3::Bucket
`;

describe('Terraform root modules checked as soon as they are evaluated', () => {
  it('finds, suppresses and fingerprints exactly what a check of the whole model does, and keeps no Terraform resource', () => {
    const files = {
      'modules/bucket/main.tf': BUCKET_MODULE,
      'stacks/a/main.tf': STACK(''),
      'stacks/b/main.tf': STACK('  reader = "*"\n'),
      'stacks/c/main.tf': STACK(''),
      'template.yaml': TEMPLATE,
    };
    const root = tree(files);
    const findings = expectSameResults({ root, rules: IAC_RULES });
    const lines = findings.map(describeFinding);
    // The module's bucket is found in each of the three stacks, with fingerprints told apart.
    const sshOpen = lines.filter((line) => line.startsWith('aws-ec2-sg-ssh-open '));
    expect(sshOpen).toHaveLength(3);
    const publicPolicy = findings.filter((finding) => finding.ruleId === 'aws-s3-policy-public-principal');
    expect(publicPolicy.map((finding) => finding.location.kind === 'file' && finding.location.path)).toEqual([
      'modules/bucket/main.tf',
    ]);
    const atModuleLine = (all: Finding[]) =>
      all.filter(
        (finding) =>
          finding.ruleId === 'aws-s3-public-access-block-missing' && finding.resource.startsWith('module.'),
      );
    const samePlace = atModuleLine(findings);
    // One finding at the module's line for each stack that calls it, naming the stack, with a
    // fingerprint of its own that another stack calling the module leaves as it is.
    expect(samePlace.map((finding) => finding.message.slice(finding.message.lastIndexOf(' (')))).toEqual([
      ' (from root module stacks/a)',
      ' (from root module stacks/b)',
      ' (from root module stacks/c)',
    ]);
    expect(new Set(samePlace.map((finding) => finding.fingerprint)).size).toBe(3);
    const withAnother = atModuleLine(
      expectSameResults({ root: tree({ ...files, 'stacks/0/main.tf': STACK('') }), rules: IAC_RULES }),
    );
    expect(withAnother.slice(1).map((finding) => finding.fingerprint)).toEqual(
      samePlace.map((finding) => finding.fingerprint),
    );
    // checkov's resource-wide skip inside the module's bucket applies to every stack's instance.
    expect(samePlace.every((finding) => finding.suppression?.source === 'modules/bucket/main.tf:5')).toBe(
      true,
    );

    const { perRoot } = scanBothWays({ root, rules: IAC_RULES });
    expect(perRoot.model.ofFormat('terraform')).toEqual([]);
    expect(perRoot.model.ofFormat('cloudformation').map((resource) => resource.address)).toEqual(['Logs']);
    expect(perRoot.report.stats.resources).toBe(10);
  });

  it.each(['terraform', 'cloudformation', 'azure', 'gcp'])(
    'gives the same results on examples/%s',
    (folder) => {
      const findings = expectSameResults({ root: path.join(EXAMPLES, folder), rules: IAC_RULES });
      expect(findings.length).toBeGreaterThan(20);
    },
  );

  it('lets an account-level public access block in another stack waive every bucket finding, CloudFormation too', () => {
    const files = {
      'stacks/app/main.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n',
      'template.yaml': TEMPLATE,
    };
    const rules = IAC_RULES.filter((rule) => rule.meta.id === 'aws-s3-public-access-block-missing');
    const without = expectSameResults({ root: tree(files), rules });
    expect(without.map((finding) => finding.resource)).toEqual(['aws_s3_bucket.data', 'Logs']);
    const account = `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;
    expect(
      expectSameResults({ root: tree({ ...files, 'stacks/platform/main.tf': account }), rules }),
    ).toEqual([]);
  });

  it('lets a root-usage alarm in a central monitoring stack waive the trails of the others', () => {
    const trail = `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"
}
`;
    const monitoring = `resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root-usage"
  log_group_name = "trail"
  pattern        = "{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS }"
  metric_transformation {
    name      = "RootUsage"
    namespace = "Security"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "root-usage"
  metric_name         = "RootUsage"
  namespace           = "Security"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}
`;
    const rules = IAC_RULES.filter((rule) => rule.meta.id === 'aws-cloudwatch-root-usage-alarm-missing');
    const alone = expectSameResults({ root: tree({ 'stacks/trail/main.tf': trail }), rules });
    expect(alone.map((finding) => finding.resource)).toEqual(['aws_cloudtrail.main']);
    const root = tree({ 'stacks/trail/main.tf': trail, 'stacks/monitoring/main.tf': monitoring });
    expect(expectSameResults({ root, rules })).toEqual([]);
  });

  it('settles a rule that joins by literal name across stacks at the end: AdministratorAccess attached from an IAM stack', () => {
    const app = lambdaStack('app');
    const iam = adminAttachment('app-fn');
    const rules = IAC_RULES.filter((rule) => rule.meta.id === 'aws-lambda-admin-role');
    expect(expectSameResults({ root: tree({ 'stacks/app/main.tf': app }), rules })).toEqual([]);
    const root = tree({ 'stacks/app/main.tf': app, 'stacks/iam/main.tf': iam });
    expect(expectSameResults({ root, rules }).map((finding) => finding.resource)).toEqual([
      'aws_lambda_function.app',
    ]);
  });

  it('settles a function whose role is made an administrator in another stack by a customer policy', () => {
    const app = lambdaStack('report');
    const policy = (action: string) => `resource "aws_iam_policy" "broad" {
  name   = "broad"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "${action}", Resource = "*" }] })
}

resource "aws_iam_policy_attachment" "broad" {
  name       = "broad"
  roles      = ["report-fn", "someone-else"]
  policy_arn = aws_iam_policy.broad.arn
}
`;
    const rules = IAC_RULES.filter((rule) => rule.meta.id === 'aws-lambda-admin-role');
    const narrow = tree({ 'stacks/app/main.tf': app, 'stacks/iam/main.tf': policy('s3:GetObject') });
    expect(expectSameResults({ root: narrow, rules })).toEqual([]);
    const root = tree({ 'stacks/app/main.tf': app, 'stacks/iam/main.tf': policy('*') });
    expect(expectSameResults({ root, rules }).map((finding) => finding.message)).toEqual([
      'aws_lambda_function.report runs as aws_iam_role.fn, an administrator role (an attached policy allows "*" on "*")',
    ]);
  });

  it('settles a function whose role another CloudFormation template names in an administrator policy', () => {
    const app = `Resources:
  FnRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: billing-fn
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
  Billing:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt FnRole.Arn
      Runtime: python3.12
      Handler: index.handler
      Code: { ZipFile: "def handler(event, context): pass" }
`;
    const iam = `Resources:
  Everything:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Roles: [billing-fn]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
`;
    const rules = IAC_RULES.filter((rule) => rule.meta.id === 'aws-lambda-admin-role');
    const root = tree({ 'templates/app.yaml': app, 'templates/iam.yaml': iam });
    const found = expectSameResults({ root, rules });
    expect(found.map((finding) => `${finding.resource}: ${finding.message}`)).toEqual([
      'Billing: Billing (AWS::Lambda::Function) runs as FnRole (AWS::IAM::Role), an administrator role (Everything allows "*" on "*")',
    ]);
  });

  it('settles a function of a plan whose role a Terraform stack names in an administrator attachment', () => {
    const plan = JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.6.6',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_iam_role.fn',
              mode: 'managed',
              type: 'aws_iam_role',
              name: 'fn',
              values: { name: 'ingest-fn' },
            },
            {
              address: 'aws_lambda_function.ingest',
              mode: 'managed',
              type: 'aws_lambda_function',
              name: 'ingest',
              values: { function_name: 'ingest', handler: 'index.handler', runtime: 'nodejs20.x' },
            },
          ],
        },
      },
      resource_changes: [
        { address: 'aws_lambda_function.ingest', change: { after_unknown: { role: true } } },
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_lambda_function.ingest',
              mode: 'managed',
              type: 'aws_lambda_function',
              name: 'ingest',
              expressions: { role: { references: ['aws_iam_role.fn.arn', 'aws_iam_role.fn'] } },
            },
          ],
        },
      },
    });
    const iam = adminAttachment('ingest-fn');
    const rules = IAC_RULES.filter((rule) => rule.meta.id === 'aws-lambda-admin-role');
    const root = tree({ 'plans/ingest/tfplan.json': plan, 'stacks/iam/main.tf': iam });
    expect(expectSameResults({ root, rules }).map((finding) => finding.resource)).toEqual([
      'aws_lambda_function.ingest',
    ]);
  });

  it('reports a gathering rule that fails in one root module, and settles the others', () => {
    const failing: IacRule = {
      meta: { ...IAC_RULES[0]!.meta, id: 'test-failing-gather', platform: 'aws' },
      ...gathered({
        gather(model: IacModel) {
          if (model.resources.some((resource) => resource.file.startsWith('stacks/a/')))
            throw new Error('cannot read this root module');
          const counts = new Map<string, number>();
          for (const resource of model.resources)
            counts.set(scopeOf(resource), (counts.get(scopeOf(resource)) ?? 0) + 1);
          return counts;
        },
        settle: (counts: number[]) =>
          counts.length === 1 && counts[0]! > 0
            ? []
            : [
                {
                  message: `counts ${counts.join(',')}`,
                  resource: 'x',
                  location: { kind: 'cloud', provider: 'aws', account: 'x', resourceId: 'x' },
                },
              ],
      }),
    };
    const root = tree({
      'stacks/a/main.tf': STACK(''),
      'stacks/b/main.tf': STACK(''),
      'modules/bucket/main.tf': BUCKET_MODULE,
    });
    const { perRoot } = scanBothWays({ root, rules: [failing] });
    const notices = perRoot.report.notices.filter((notice) => notice.ruleId === 'test-failing-gather');
    expect(notices.map((notice) => notice.message)).toEqual([
      'rule test-failing-gather failed and was skipped: cannot read this root module (this is a bug in cloudgate; please report it)',
    ]);
    expect(perRoot.report.findings.filter((finding) => finding.ruleId === 'test-failing-gather')).toEqual([]);
  });

  it.each([
    [
      'aws-ecr-scan-on-push-disabled',
      'resource "aws_ecr_repository" "app" {\n  name = "app"\n}\n',
      'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "ENHANCED"\n  rule {\n    scan_frequency = "CONTINUOUS_SCAN"\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n',
    ],
    [
      'aws-ebs-volume-unencrypted',
      'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 10\n}\n',
      'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}\n',
    ],
    [
      'gcp-logging-sink-missing',
      'resource "google_project" "app" {\n  name       = "app"\n  project_id = "acme-app"\n  org_id     = "123456789"\n}\n',
      'resource "google_logging_organization_sink" "all" {\n  name             = "all"\n  org_id           = "123456789"\n  destination      = "storage.googleapis.com/acme-logs"\n  include_children = true\n}\n',
    ],
  ])('lets %s see the account-wide setting of another stack', (id, app, platform) => {
    const rules = IAC_RULES.filter((rule) => rule.meta.id === id);
    expect(expectSameResults({ root: tree({ 'stacks/app/main.tf': app }), rules })).toHaveLength(1);
    const root = tree({ 'stacks/app/main.tf': app, 'stacks/platform/main.tf': platform });
    expect(expectSameResults({ root, rules })).toEqual([]);
  });

  it('runs in a root module only the rules of its platforms, which read nothing of the other platforms', () => {
    const models = ['terraform', 'cloudformation', 'azure', 'gcp', 'kubernetes'].map(
      (folder) => scanIac({ root: path.join(EXAMPLES, folder), rules: [], keepModel: true }).model,
    );
    const platforms = new Set(
      models.flatMap((model) => model.resources.map((resource) => resource.platform)),
    );
    expect([...platforms].sort()).toEqual(['aws', 'azure', 'gcp', 'kubernetes']);
    for (const rule of IAC_RULES) {
      for (const model of models) {
        const others = model.sibling(
          model.resources.filter((resource) => resource.platform !== rule.meta.platform),
        );
        expect([rule.meta.id, rule.check(others)]).toEqual([rule.meta.id, []]);
      }
    }
  });

  it.each([
    [
      'azure-network-ssh-open-to-internet',
      `variable "ssh" {}
resource "azurerm_network_security_group" "this" {
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"
  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = var.ssh
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
`,
      '  ssh = "Allow"\n',
      '  ssh = "Deny"\n',
    ],
    [
      'gcp-iam-public-member',
      `variable "members" {}
variable "apply" {}
data "google_iam_policy" "this" {
  binding {
    role    = "roles/viewer"
    members = var.members
  }
}
resource "google_project_iam_policy" "this" {
  count       = var.apply ? 1 : 0
  project     = "acme-app"
  policy_data = data.google_iam_policy.this.policy_data
}
`,
      '  members = ["allUsers"]\n  apply   = false\n',
      '  members = ["user:ops@example.com"]\n  apply   = true\n',
    ],
  ])(
    'keeps apart the %s resources of one module called by two root modules, in a check of the whole model too',
    (id, module, first, second) => {
      const call = (inputs: string) => `module "m" {\n  source = "../../modules/m"\n${inputs}}\n`;
      const root = tree({
        'modules/m/main.tf': module,
        'stacks/a/main.tf': call(first),
        'stacks/b/main.tf': call(second),
      });
      const rules = IAC_RULES.filter((rule) => rule.meta.id === id);
      expect(expectSameResults({ root, rules })).toHaveLength(1);
    },
  );

  it('reports a rule that fails in every root module once', () => {
    const failing: IacRule = {
      meta: { ...IAC_RULES[0]!.meta, id: 'test-failing-rule', platform: 'aws' },
      check(model: IacModel) {
        if (model.resources.length > 0) throw new Error('cannot read this model');
        return [];
      },
    };
    const root = tree({
      'stacks/a/main.tf': STACK(''),
      'stacks/b/main.tf': STACK(''),
      'modules/bucket/main.tf': BUCKET_MODULE,
    });
    const { perRoot } = scanBothWays({ root, rules: [failing] });
    expect(perRoot.report.notices.filter((notice) => notice.ruleId === 'test-failing-rule')).toHaveLength(1);
  });
});

describe('Terraform root modules checked a batch at a time', () => {
  const SSH_OPEN = IAC_RULES.filter((rule) => rule.meta.id === 'aws-ec2-sg-ssh-open');

  afterEach(() => jest.restoreAllMocks());

  /** A stack of `count` security groups open to SSH from anywhere, calling the bucket module. */
  const wideStack = (count: number) => `module "assets" {
  source = "../../modules/bucket"
  name   = "acme-assets"
}

resource "aws_security_group" "web" {
  count = ${count}
  name  = "web-\${count.index}"
${sshIngress('["0.0.0.0/0"]')}}
`;

  it('checks several root modules in one model, and the scan in several such models, finding what a check of the whole model does', () => {
    const files: Record<string, string> = { 'modules/bucket/main.tf': BUCKET_MODULE };
    for (let index = 0; index < 24; index++)
      files[`stacks/s${String(index).padStart(2, '0')}/main.tf`] = wideStack(40);
    const root = tree(files);
    const sibling = jest.spyOn(IacModel.prototype, 'sibling');
    const perRoot = scanIac({ root, rules: IAC_RULES, today: TODAY });
    const models = sibling.mock.calls.length;
    // 24 root modules of 42 resources each (a bucket, its policy, 40 groups). The module's folder, read
    // first and checked as a root module of its own, is not counted once the stacks call it.
    expect(perRoot.report.stats.resources).toBe(24 * 42);
    expect(models).toBeGreaterThan(1);
    expect(models).toBeLessThan(8);
    const findings = expectSameResults({ root, rules: IAC_RULES });
    expect(findings.filter((finding) => finding.ruleId === 'aws-ec2-sg-ssh-open')).toHaveLength(24 * 40);
  });

  it('drops the findings of a folder checked as a root module and later called as a module, where a kept root module has a resource of the same file and address', () => {
    const module = `variable "cidr" {}

resource "aws_security_group" "web" {
  name = "web"
${sshIngress('[var.cidr]')}}
`;
    const files = {
      'modules/m/main.tf': module,
      // Checked with the folder below, and kept: the same module address in the same file, closed.
      'a/stack/main.tf': 'module "m" {\n  source = "../../modules/m"\n  cidr   = "10.0.0.0/8"\n}\n',
      // Open to the world when checked as a root module of its own.
      'b/app/main.tf':
        'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n\nmodule "m" {\n  source = "../../modules/m"\n  cidr   = var.cidr\n}\n',
    };
    const alone = expectSameResults({ root: tree(files), rules: SSH_OPEN });
    expect(alone.map((finding) => finding.resource)).toEqual(['module.m.aws_security_group.web']);
    // Read last, the wrapper calls b/app with a closed range: b/app was no root module after all.
    const wrapper = 'module "app" {\n  source = "../../b/app"\n  cidr   = "10.1.0.0/16"\n}\n';
    const wrapped = expectSameResults({
      root: tree({ ...files, 'z/wrapper/main.tf': wrapper }),
      rules: SSH_OPEN,
    });
    expect(wrapped).toEqual([]);
  });

  it('runs a rule that fails on a batch again on each of its root modules, so that the others keep their findings', () => {
    const failing: IacRule = {
      meta: { ...IAC_RULES[0]!.meta, id: 'test-failing-in-a', platform: 'aws' },
      check(model: IacModel) {
        if (model.resources.some((resource) => resource.file.startsWith('stacks/a/')))
          throw new Error('cannot read stacks/a');
        return model.ofType('aws_security_group').map((group) => flag(group, undefined, 'a group'));
      },
    };
    const root = tree({
      'stacks/a/main.tf': STACK(''),
      'stacks/b/main.tf': STACK(''),
      'stacks/c/main.tf': STACK(''),
      'modules/bucket/main.tf': BUCKET_MODULE,
    });
    const { report } = scanIac({ root, rules: [failing], today: TODAY });
    expect(report.notices.filter((notice) => notice.ruleId === 'test-failing-in-a')).toHaveLength(1);
    expect(
      report.findings.map((finding) => finding.location.kind === 'file' && finding.location.path),
    ).toEqual(['stacks/b/main.tf', 'stacks/c/main.tf']);
  });

  it('gives a violation made without flag() to the root module with a resource of its file and address', () => {
    const plain: IacRule = {
      meta: { ...IAC_RULES[0]!.meta, id: 'test-plain-violation', platform: 'aws' },
      check: (model: IacModel) =>
        model.ofType('aws_s3_bucket').map((bucket) => ({
          message: 'a bucket',
          resource: bucket.address,
          location: { kind: 'file' as const, path: bucket.file, range: bucket.range },
        })),
    };
    const root = tree({
      'modules/bucket/main.tf': BUCKET_MODULE,
      'stacks/a/main.tf': STACK(''),
      'stacks/b/main.tf': STACK(''),
    });
    // The module's folder is read first and checked with the stacks, then dropped as a called module.
    const { report } = scanIac({ root, rules: [plain], today: TODAY });
    expect(report.findings.map((finding) => finding.resource)).toEqual([
      'module.assets.aws_s3_bucket.this',
      'module.assets.aws_s3_bucket.this',
    ]);
  });
});
