import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { encodedDocument, jsonDocument } from '../../../../src/scanners/iac/formats/terraform/json-document';
import { policyDocument } from '../../../../src/scanners/iac/formats/terraform/policy-document';
import { referencesTo } from '../../../../src/scanners/iac/formats/terraform/graph';
import { createTerraformLoader } from '../../../../src/scanners/iac/formats/terraform/terraform-loader';
import {
  anchorRange,
  child,
  isUnknown,
  items,
  str,
  strings,
  toPlain,
} from '../../../../src/scanners/iac/model/node';
import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';

const CORPUS = path.resolve(__dirname, '../../../fixtures/terraform/corpus');

function corpusFiles(): string[] {
  return readdirSync(CORPUS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tf$/.test(entry.name))
    .map((entry) => path.relative(CORPUS, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('Terraform conformance corpus', () => {
  it('holds at least fifteen configuration files', () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(15);
  });

  it.each(corpusFiles())('parses %s without errors', (file) => {
    const parsed = parseHcl(readFileSync(path.join(CORPUS, file), 'utf8'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.body.blocks.length + parsed.body.attributes.length).toBeGreaterThan(0);
  });

  const scan = (): ReturnType<typeof scanIac> =>
    scanIac({ root: CORPUS, rules: [], loaders: [createTerraformLoader()] });

  it('scans the whole corpus with no parse error, only the notices of the remote modules', () => {
    const { report, model } = scan();
    expect(report.notices.map((notice) => [notice.kind, notice.path, notice.line])).toEqual([
      ['skipped', 'eks/main.tf', 1],
      ['skipped', 'eks/main.tf', 15],
    ]);
    expect(model.resources.length).toBeGreaterThan(80);
    expect(new Set(model.resources.map((resource) => resource.meta.root))).toEqual(
      new Set([
        'azure',
        'compute',
        'data-stores',
        'eks',
        'foreach',
        'gcp',
        'iam',
        'json',
        'lambda',
        'logging',
        'rds',
        's3',
        's3-legacy',
        'seed',
        'syntax',
        'vpc',
      ]),
    );
  });

  it('evaluates the VPC subnets with cidrsubnet and count', () => {
    const subnets = scan()
      .model.ofType('aws_subnet')
      .filter((resource) => resource.meta.root === 'vpc');
    expect(subnets.map((subnet) => [subnet.address, str(child(subnet.body, 'cidr_block'))])).toEqual([
      ['aws_subnet.public[0]', '10.20.0.0/24'],
      ['aws_subnet.public[1]', '10.20.1.0/24'],
      ['aws_subnet.public[2]', '10.20.2.0/24'],
      ['aws_subnet.private[0]', '10.20.10.0/24'],
      ['aws_subnet.private[1]', '10.20.11.0/24'],
      ['aws_subnet.private[2]', '10.20.12.0/24'],
    ]);
  });

  it('expands for_each over a map of objects with optional attributes and their dynamic rules', () => {
    const groups = scan()
      .model.ofType('aws_security_group')
      .filter((resource) => resource.meta.root === 'foreach');
    expect(
      groups.map((group) => [
        group.address,
        items(child(group.body, 'ingress')).map((rule) => strings(child(rule, 'cidr_blocks'))),
      ]),
    ).toEqual([
      ['aws_security_group.service["admin"]', [['10.0.0.0/8']]],
      ['aws_security_group.service["api"]', [['0.0.0.0/0']]],
      ['aws_security_group.service["metrics"]', []],
    ]);
    const api = groups[1]!;
    expect(anchorRange(child(api.body, 'ingress.0.cidr_blocks')!).startLine).toBe(46);
  });

  it('connects the seed bucket to its separate public access block, versioning, encryption and policy', () => {
    const { model } = scan();
    const bucket = model.ofType('aws_s3_bucket').find((resource) => resource.meta.root === 'seed')!;
    expect(
      referencesTo(model, bucket)
        .map((resource) => resource.type)
        .sort(),
    ).toEqual([
      'aws_s3_bucket_policy',
      'aws_s3_bucket_public_access_block',
      'aws_s3_bucket_server_side_encryption_configuration',
      'aws_s3_bucket_versioning',
    ]);
  });

  it('gives the seed bucket policy as a document with its statements, unknown ARNs and lines', () => {
    const policy = scan()
      .model.ofType('aws_s3_bucket_policy')
      .find((resource) => resource.meta.root === 'seed')!;
    expect(isUnknown(child(policy.body, 'policy'))).toBe(true);
    const document = jsonDocument(child(policy.body, 'policy'));
    const statements = items(child(document, 'Statement'));
    expect(statements.map((statement) => str(child(statement, 'Sid')))).toEqual([
      'DenyUnencryptedUploads',
      'DenyInsecureTransport',
    ]);
    expect(str(child(statements[1], 'Condition.Bool.aws:SecureTransport'))).toBe('false');
    expect(isUnknown(child(statements[1], 'Resource.0'))).toBe(true);
    expect(anchorRange(child(statements[1], 'Effect')!).startLine).toBe(60);
  });

  it('gives the jsonencode structure alone through encodedDocument, never a parsed string', () => {
    const { model } = scan();
    const policy = model.ofType('aws_s3_bucket_policy').find((resource) => resource.meta.root === 'seed')!;
    expect(encodedDocument(child(policy.body, 'policy'))).toBe(jsonDocument(child(policy.body, 'policy')));
    const website = model
      .ofType('aws_s3_bucket')
      .find((resource) => resource.address === 'aws_s3_bucket.website')!;
    const heredoc = child(website.body, 'policy');
    expect(jsonDocument(heredoc)?.kind).toBe('map');
    expect(encodedDocument(heredoc)).toBeUndefined();
  });

  it('parses a heredoc policy as a document on its own lines', () => {
    const bucket = scan()
      .model.ofType('aws_s3_bucket')
      .find((resource) => resource.address === 'aws_s3_bucket.website')!;
    const document = jsonDocument(child(bucket.body, 'policy'));
    expect(toPlain(child(document, 'Statement.0.Principal'))).toBe('*');
    expect(anchorRange(child(document, 'Statement.0.Principal')!).startLine).toBe(39);
  });

  it('reads a policy written as an aws_iam_policy_document data source in the JSON shape', () => {
    const { model } = scan();
    const policy = model.ofType('aws_s3_bucket_policy').find((resource) => resource.meta.root === 's3')!;
    const document = policyDocument(model, policy);
    const statement = child(document, 'Statement.0');
    expect(toPlain(statement)).toMatchObject({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Action: ['s3:*'],
      Principal: '*',
      Condition: { Bool: { 'aws:SecureTransport': ['false'] } },
    });
    expect(isUnknown(child(statement, 'Resource.0'))).toBe(true);
    expect(anchorRange(child(statement, 'Effect')!).startLine).toBe(91);
    const role = model.ofType('aws_iam_role').find((resource) => resource.address === 'aws_iam_role.deploy')!;
    const trust = policyDocument(model, role, 'assume_role_policy');
    expect(toPlain(child(trust, 'Statement.0'))).toMatchObject({
      Effect: 'Allow',
      Action: ['sts:AssumeRoleWithWebIdentity'],
      Condition: {
        StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:acme/platform:ref:refs/heads/main'] },
      },
    });
    expect(isUnknown(child(trust, 'Statement.0.Principal.Federated.0'))).toBe(true);
  });

  it('reads policies written with jsonencode and heredocs through the same function', () => {
    const { model } = scan();
    const inline = model.ofType('aws_iam_role_policy')[0]!;
    expect(strings(child(policyDocument(model, inline), 'Statement.1.Action'))).toEqual(['iam:PassRole']);
    const heredoc = model
      .ofType('aws_iam_policy')
      .find((resource) => resource.address === 'aws_iam_policy.mfa')!;
    expect(strings(child(policyDocument(model, heredoc), 'Statement.0.NotAction'))).toEqual([
      'iam:ChangePassword',
      'sts:GetSessionToken',
    ]);
  });

  it('evaluates the syntax corners to their values', () => {
    const parameter = scan().model.resources.find(
      (resource) => resource.address === 'aws_ssm_parameter.syntax',
    )!;
    expect(toPlain(parameter.body)).toEqual({
      name: '/syntax/many',
      type: 'String',
      value: 'ALPHA,GAMMA',
      tags: { alpha: '0', beta: '1', gamma: '2' },
    });
  });
});
