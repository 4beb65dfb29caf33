import { child, str, toPlain } from '../../../../src/scanners/iac/model/node';
import { flag, type IacRule } from '../../../../src/scanners/iac/model/violation';
import { joinFolder } from '../../../../src/scanners/iac/formats/terraform/terraform-files';
import { outsideFolder, scanProject } from './tf-project';

const bucketModule = [
  'variable "name" { type = string }',
  'variable "acl" { default = "private" }',
  'resource "aws_s3_bucket" "this" {',
  '  bucket = var.name',
  '  acl    = var.acl',
  '}',
  'output "id" { value = aws_s3_bucket.this.id }',
  'output "name" { value = aws_s3_bucket.this.bucket }',
  '',
].join('\n');

/** A minimal rule, for locating findings: flags a public-read ACL. */
const publicAcl: IacRule = {
  meta: {
    id: 'aws-test-public-acl',
    title: 'Bucket ACL is public',
    severity: 'high',
    description: 'test rule',
    remediation: 'test rule',
    links: ['https://example.com'],
    scanner: 'iac',
    platform: 'aws',
    category: 'storage',
    compliance: {},
    aliases: [],
  },
  check: (model) =>
    model.ofType('aws_s3_bucket').flatMap((bucket) => {
      const acl = child(bucket.body, 'acl');
      return str(acl) === 'public-read'
        ? [flag(bucket, acl, `bucket ${bucket.address} has a public ACL`)]
        : [];
    }),
};

describe('Terraform local modules', () => {
  it('evaluates a local module with its inputs and prefixes its addresses', () => {
    const { model } = scanProject({
      'main.tf': 'module "logs" {\n  source = "./modules/bucket"\n  name   = "acme-logs"\n}\n',
      'modules/bucket/main.tf': bucketModule,
    });
    expect(
      model.resources.map((resource) => [
        resource.address,
        resource.file,
        resource.range.startLine,
        toPlain(resource.body),
      ]),
    ).toEqual([
      [
        'module.logs.aws_s3_bucket.this',
        'modules/bucket/main.tf',
        3,
        { bucket: 'acme-logs', acl: 'private' },
      ],
    ]);
    expect(model.resources[0]!.meta).toMatchObject({
      module: 'module.logs',
      moduleSource: './modules/bucket',
      calledFrom: 'main.tf:1',
      root: '.',
    });
  });

  it('finds the insecure instance of a module called twice on the line in the module, and not the secure one', () => {
    const { report, model } = scanProject(
      {
        'main.tf': [
          'module "private" {',
          '  source = "./modules/bucket"',
          '  name   = "private"',
          '}',
          'module "public" {',
          '  source = "./modules/bucket"',
          '  name   = "public"',
          '  acl    = "public-read"',
          '}',
          '',
        ].join('\n'),
        'modules/bucket/main.tf': bucketModule,
      },
      { rules: [publicAcl] },
    );
    expect(model.resources.map((resource) => resource.address)).toEqual([
      'module.private.aws_s3_bucket.this',
      'module.public.aws_s3_bucket.this',
    ]);
    expect(
      report.findings.map((finding) => [
        finding.resource,
        finding.location.kind === 'file'
          ? `${finding.location.path}:${finding.location.range.startLine}`
          : '',
      ]),
    ).toEqual([['module.public.aws_s3_bucket.this', 'modules/bucket/main.tf:5']]);
  });

  it('names the root module a module resource was reached from, and fingerprints each root module apart', () => {
    const call = (source: string, acl: string) =>
      `module "assets" {\n  source = "${source}"\n  name   = "assets"\n  acl    = "${acl}"\n}\n`;
    const files = {
      'main.tf': call('./modules/bucket', 'public-read'),
      'envs/prod/main.tf': call('../../modules/bucket', 'public-read'),
      'envs/test/main.tf': call('../../modules/bucket', 'public-read'),
      'modules/bucket/main.tf': bucketModule,
    };
    const { report } = scanProject(files, { rules: [publicAcl] });
    // The scan root's own root module goes without saying.
    expect(report.findings.map((finding) => finding.message)).toEqual([
      'bucket module.assets.aws_s3_bucket.this has a public ACL',
      'bucket module.assets.aws_s3_bucket.this has a public ACL (from root module envs/prod)',
      'bucket module.assets.aws_s3_bucket.this has a public ACL (from root module envs/test)',
    ]);
    const fingerprints = report.findings.map((finding) => finding.fingerprint);
    expect(new Set(fingerprints).size).toBe(3);
    // Another root module calling the module leaves the others' fingerprints as they were.
    const again = scanProject(
      { ...files, 'envs/dev/main.tf': call('../../modules/bucket', 'public-read') },
      { rules: [publicAcl] },
    );
    const others = again.report.findings.filter((finding) => !finding.message.endsWith('envs/dev)'));
    expect(again.report.findings).toHaveLength(4);
    expect(others.map((finding) => finding.fingerprint)).toEqual(fingerprints);
  });

  it('passes module outputs back to the caller, through nested modules', () => {
    const { model } = scanProject({
      'main.tf': [
        'module "outer" {',
        '  source = "./modules/outer"',
        '  prefix = "acme"',
        '}',
        'resource "aws_s3_bucket_policy" "p" {',
        '  bucket = module.outer.bucket_name',
        '  policy = "{}"',
        '}',
        '',
      ].join('\n'),
      'modules/outer/main.tf':
        'variable "prefix" {}\nmodule "inner" {\n  source = "../bucket"\n  name   = "${var.prefix}-inner"\n}\noutput "bucket_name" { value = module.inner.name }\n',
      'modules/bucket/main.tf': bucketModule,
    });
    const policy = model.ofType('aws_s3_bucket_policy')[0]!;
    expect(str(child(policy.body, 'bucket'))).toBe('acme-inner');
    expect(model.ofType('aws_s3_bucket')[0]!.address).toBe('module.outer.module.inner.aws_s3_bucket.this');
  });

  it('expands count and for_each on module blocks', () => {
    const { model } = scanProject({
      'main.tf': [
        'module "per_env" {',
        '  for_each = toset(["dev", "prod"])',
        '  source   = "./modules/bucket"',
        '  name     = "app-${each.key}"',
        '}',
        'module "numbered" {',
        '  count  = 2',
        '  source = "./modules/bucket"',
        '  name   = "n${count.index}"',
        '}',
        'output "ids" { value = module.numbered[*].name }',
        '',
      ].join('\n'),
      'modules/bucket/main.tf': bucketModule,
    });
    expect(
      model.resources.map((resource) => [resource.address, str(child(resource.body, 'bucket'))]),
    ).toEqual([
      ['module.per_env["dev"].aws_s3_bucket.this', 'app-dev'],
      ['module.per_env["prod"].aws_s3_bucket.this', 'app-prod'],
      ['module.numbered[0].aws_s3_bucket.this', 'n0'],
      ['module.numbered[1].aws_s3_bucket.this', 'n1'],
    ]);
  });

  it('does not scan a folder called as a module a second time as a root module', () => {
    const { model } = scanProject({
      'envs/prod/main.tf': 'module "b" {\n  source = "../../modules/bucket"\n  name = "prod"\n}\n',
      'envs/dev/main.tf': 'module "b" {\n  source = "../../modules/bucket"\n  name = "dev"\n}\n',
      'modules/bucket/main.tf': bucketModule,
    });
    expect(
      model.resources.map((resource) => [resource.meta.root, str(child(resource.body, 'bucket'))]),
    ).toEqual([
      ['envs/dev', 'dev'],
      ['envs/prod', 'prod'],
    ]);
  });

  it('reads a module folder the scan did not offer, but never outside the scan root', () => {
    const { model, report } = scanProject(
      {
        'live/main.tf':
          'module "b" {\n  source = "../modules/bucket"\n  name = "x"\n}\nmodule "outside" {\n  source = "../../elsewhere"\n}\n',
        'modules/bucket/main.tf': bucketModule,
      },
      { paths: ['live'] },
    );
    expect(model.resources.map((resource) => resource.address)).toEqual(['module.b.aws_s3_bucket.this']);
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        path: 'live/main.tf',
        line: 5,
        message: expect.stringContaining('outside the scan root'),
      }),
    ]);
  });
});

describe('Terraform local modules that give nothing', () => {
  it('says why each local module folder gave no resources', () => {
    const outside = outsideFolder({ 'main.tf': bucketModule });
    const { model, report } = scanProject(
      {
        'main.tf': [
          'module "missing" { source = "./modules/nowhere" }',
          'module "file" { source = "./notes.txt" }',
          'module "linked" { source = "./modules/linked" }',
          'module "empty" { source = "./modules/empty" }',
          'module "present" {',
          '  source = "./modules/bucket"',
          '  name   = "kept"',
          '}',
          '',
        ].join('\n'),
        'notes.txt': 'not a module\n',
        'modules/empty/README.md': 'nothing here yet\n',
        'modules/bucket/main.tf': bucketModule,
      },
      { links: { 'modules/linked': outside } },
    );
    expect(model.resources.map((resource) => resource.address)).toEqual([
      'module.present.aws_s3_bucket.this',
    ]);
    const unscanned = '; its resources are not scanned and its outputs are unknown';
    expect(
      report.notices
        .filter((notice) => notice.path === 'main.tf')
        .map((notice) => [notice.line, notice.message]),
    ).toEqual([
      [1, `module "missing" has the source "./modules/nowhere", which does not exist${unscanned}`],
      [2, `module "file" has the source "./notes.txt", which is not a folder${unscanned}`],
      [
        3,
        `module "linked" has the source "./modules/linked", a symbolic link to a folder outside the scan root, which is not read${unscanned}`,
      ],
      [4, `module "empty" has the source "./modules/empty", a folder without Terraform files${unscanned}`],
    ]);
  });
});

describe('Terraform remote modules', () => {
  const caller = [
    'module "vpc" {',
    '  source  = "terraform-aws-modules/vpc/aws"',
    '  version = "5.0.0"',
    '  name    = "main"',
    '}',
    'resource "aws_flow_log" "f" {',
    '  vpc_id = module.vpc.vpc_id',
    '}',
    '',
  ].join('\n');

  it('reports a remote module that is not downloaded and leaves its outputs unknown', () => {
    const { model, report } = scanProject({ 'main.tf': caller });
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        path: 'main.tf',
        line: 1,
        message: expect.stringContaining('terraform init'),
      }),
    ]);
    expect(child(model.resources[0]!.body, 'vpc_id')).toMatchObject({
      kind: 'unknown',
      reason: 'module.vpc.vpc_id',
    });
  });

  it('uses the copy in .terraform/modules named by modules.json', () => {
    const { model, report } = scanProject({
      'main.tf': caller,
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          {
            Key: 'vpc',
            Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws',
            Version: '5.0.0',
            Dir: '.terraform/modules/vpc',
          },
        ],
      }),
      '.terraform/modules/vpc/main.tf':
        'variable "name" {}\nresource "aws_vpc" "this" {\n  cidr_block = "10.0.0.0/16"\n  tags = { Name = var.name }\n}\noutput "vpc_id" { value = aws_vpc.this.id }\n',
    });
    expect(report.notices).toEqual([]);
    expect(model.resources.map((resource) => [resource.address, resource.file])).toEqual([
      ['aws_flow_log.f', 'main.tf'],
      ['module.vpc.aws_vpc.this', '.terraform/modules/vpc/main.tf'],
    ]);
    expect(model.resources[0]!.references).toEqual([
      { attribute: 'vpc_id', address: 'module.vpc.aws_vpc.this' },
    ]);
  });

  it('stops a module that calls itself with a notice', () => {
    const { report } = scanProject({
      'main.tf': 'module "loop" {\n  source = "./modules/loop"\n}\n',
      'modules/loop/main.tf': 'module "again" {\n  source = "./"\n}\nresource "aws_s3_bucket" "b" {}\n',
    });
    expect(report.notices).toEqual([
      expect.objectContaining({ kind: 'skipped', message: expect.stringContaining('nested more than') }),
    ]);
  });
});

describe('module source folders', () => {
  it.each([
    ['envs/prod', '../../modules/bucket', 'modules/bucket'],
    ['envs/prod', './nested', 'envs/prod/nested'],
    ['', './modules//bucket/', 'modules/bucket'],
    ['a', '..\\b\\c', 'b/c'],
    ['a', '../b/../c', 'c'],
    ['a', '.', 'a'],
    ['a', '..', ''],
    ['a', './..shared/x', 'a/..shared/x'],
    ['a', '../../elsewhere', undefined],
    ['a', '../../a/x', undefined],
  ])('from %j, %j is %j', (from, source, expected) => {
    expect(joinFolder(from, source)).toBe(expected);
  });
});
