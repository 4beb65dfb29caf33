import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  conditionKind,
  deniesWithoutMfa,
  hasCallerRestriction,
  restrictsCaller,
} from '../../../../src/scanners/iac/aws/iam-conditions';
import { isOpenSubject } from '../../../../src/scanners/iac/aws/github-oidc';
import { parsePolicyDocument, type PolicyDocument } from '../../../../src/scanners/iac/aws/iam-policy';
import { escalations } from '../../../../src/scanners/iac/aws/iam-privilege-escalation';
import {
  appliesBroadly,
  broadGrant,
  coversAction,
  isBroadResource,
} from '../../../../src/scanners/iac/aws/iam-statements';
import { policyDocuments } from '../../../../src/scanners/iac/aws/policy-documents-view';
import type { ModelNode } from '../../../../src/scanners/iac/model/node';
import { AWS_RULES } from '../../../../src/scanners/iac/rules/aws/index';
import { findingLines, scanFiles } from './scan-files';

const FIXTURES = path.join(__dirname, 'fixtures');
const RESTRICTIVE = readFileSync(path.join(FIXTURES, 'seed-restrictive-policy.json'), 'utf8');
const MFA_DENY = readFileSync(path.join(FIXTURES, 'seed-mfa-deny-policy.json'), 'utf8');

function text(value: string): ModelNode {
  return { kind: 'scalar', value, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } };
}

function parse(json: string): PolicyDocument {
  const document = parsePolicyDocument(text(json));
  if (!document) throw new Error('not a policy');
  return document;
}

describe('policy documents', () => {
  it('reads the seed restrictive policy into one Allow statement with its conditions', () => {
    const [statement] = parse(RESTRICTIVE).statements;
    expect(statement?.effect).toBe('Allow');
    expect(statement?.action?.values.map((entry) => entry.value)).toEqual(['s3:GetObject', 's3:ListBucket']);
    expect(
      statement?.conditions.map((condition) => [
        condition.operator,
        condition.key,
        conditionKind(condition.key),
      ]),
    ).toEqual([
      ['IpAddress', 'aws:SourceIp', 'network'],
      ['Bool', 'aws:SecureTransport', 'transport'],
    ]);
    expect(statement && hasCallerRestriction(statement)).toBe(true);
    expect(statement && appliesBroadly(statement)).toBe(false);
  });

  it('recognises the seed MFA policy as a Deny of everything but MFA set-up when MFA is absent', () => {
    const [statement] = parse(MFA_DENY).statements;
    expect(statement && deniesWithoutMfa(statement)).toBe(true);
    expect(statement && coversAction(statement, 's3:GetObject')).toBe(true);
    expect(statement && coversAction(statement, 'iam:EnableMFADevice')).toBe(false);
  });

  it('does not count open or negated conditions as restricting the caller', () => {
    const document = parse(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
          },
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-1' } },
          },
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } },
          },
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
          },
        ],
      }),
    );
    expect(document.statements.map((statement) => statement.conditions.some(restrictsCaller))).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('treats an ARN wildcard over a whole resource type as broad', () => {
    expect(isBroadResource('*')).toBe(true);
    expect(isBroadResource('arn:aws:iam::111122223333:role/*')).toBe(true);
    expect(isBroadResource('arn:aws:s3:::*')).toBe(true);
    expect(isBroadResource('arn:aws:iam::111122223333:role/app-*')).toBe(false);
    expect(isBroadResource('arn:aws:s3:::company-data-bucket/*')).toBe(false);
  });

  it('returns undefined for JSON that is not a policy and unknown statements for deploy-time values', () => {
    expect(parsePolicyDocument(text('{"name": "package"}'))).toBeUndefined();
    expect(parsePolicyDocument(text('arn:aws:s3:::bucket'))).toBeUndefined();
    const unknown: ModelNode = {
      kind: 'unknown',
      reason: 'data.aws_iam_policy_document.p.json',
      range: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 9 },
    };
    expect(parsePolicyDocument(unknown)).toMatchObject({ statements: [], unknown: true });
  });
});

describe('privilege escalation', () => {
  it('finds paths whose every action is granted on every resource', () => {
    const document = parse(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
            Resource: '*',
          },
          { Effect: 'Allow', Action: 'iam:Put*Policy', Resource: 'arn:aws:iam::111122223333:role/*' },
        ],
      }),
    );
    const found = escalations(document).map((entry) => entry.path.actions.join('+'));
    expect(found).toContain('iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction');
    expect(found).toContain('iam:PutRolePolicy');
    expect(found).not.toContain('iam:PassRole+ec2:RunInstances');
  });

  it('lets an unconditional Deny on every resource take a grant away', () => {
    const document = parse(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
          {
            Effect: 'Deny',
            Action: ['iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion'],
            Resource: '*',
          },
        ],
      }),
    );
    expect(broadGrant(document.statements, 'iam:CreatePolicyVersion')).toBeUndefined();
    expect(broadGrant(document.statements, 'iam:AttachUserPolicy')).toBeDefined();
  });
});

describe('GitHub OIDC subjects', () => {
  it('tells repository-scoped subjects from ones any owner can match', () => {
    expect(isOpenSubject('repo:acme-corp/infrastructure:ref:refs/heads/main')).toBe(false);
    expect(isOpenSubject('repo:acme-corp/*')).toBe(false);
    expect(isOpenSubject('repo:*')).toBe(true);
    expect(isOpenSubject('*')).toBe(true);
    expect(isOpenSubject('repo:acme-*/infrastructure:*')).toBe(true);
  });
});

describe('where policies come from', () => {
  it('reads a heredoc policy with the lines of the file, and a data source through the resource using it', () => {
    const { model } = scanFiles({
      'main.tf': `resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "ci" {
  name   = "ci"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:PutObject"],
      "Resource": "arn:aws:s3:::acme-artifacts/*"
    }
  ]
}
EOT
}
`,
    });
    const views = policyDocuments(model);
    const trust = views.find((view) => view.kind === 'trust');
    expect(trust?.resource.address).toBe('data.aws_iam_policy_document.trust');
    expect(trust?.owner.address).toBe('aws_iam_role.ci');
    expect(trust?.document.statements[0]?.principal?.values).toMatchObject([
      { type: 'Service', value: 'codebuild.amazonaws.com' },
    ]);
    const identity = views.find((view) => view.owner.address === 'aws_iam_policy.ci');
    expect(identity?.document.statements[0]?.action?.values[0]?.node.range.startLine).toBe(24);
  });

  it('gives the seed policies no finding from any AWS rule', () => {
    const result = scanFiles({ 'restrictive.json': RESTRICTIVE, 'mfa.json': MFA_DENY }, AWS_RULES);
    expect(result.model.ofFormat('iam-policy')).toHaveLength(2);
    expect(findingLines(result)).toEqual([]);
  });
});

describe('hostile policies', () => {
  it('analyses a policy with thousands of wildcard statements', () => {
    const statements = Array.from({ length: 3000 }, (_, index) => ({
      Effect: 'Allow',
      Action: ['*', `s3:Put*${index}`, 'iam:*'],
      NotResource: `arn:aws:s3:::bucket-${index}`,
    }));
    const result = scanFiles(
      { 'huge.json': JSON.stringify({ Version: '2012-10-17', Statement: statements }) },
      AWS_RULES,
    );
    expect(result.report.notices.filter((notice) => notice.kind === 'not-assessed')).toEqual([]);
    expect(result.report.findings.length).toBeGreaterThan(3000);
  });

  it('turns a policy string nested too deeply into nothing rather than a crash', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const node: ModelNode = {
      kind: 'scalar',
      value: `{"Version":"2012-10-17","Statement":${deep}}`,
      range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    };
    expect(() => parsePolicyDocument(node)).not.toThrow();
  });
});
