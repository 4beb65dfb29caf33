import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import { cloudFormationLoader } from '../../../../src/scanners/iac/formats/cloudformation/cloudformation-loader';
import { bool, child, isUnknown, str, text } from '../../../../src/scanners/iac/model/node';

const YAML_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: prod
  KeyArn:
    Type: String
Mappings:
  Retention:
    prod: { Days: 365 }
    dev: { Days: 7 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${Env}-logs-\${AWS::AccountId}"
      VersioningConfiguration:
        Status: !If [IsProd, Enabled, Suspended]
      LifecycleConfiguration:
        Rules:
          - ExpirationInDays: !FindInMap [Retention, !Ref Env, Days]
            Status: Enabled
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref KeyArn
      Tags: !If [IsDev, [{ Key: env, Value: dev }], !Ref AWS::NoValue]
  DevOnly:
    Type: AWS::SNS::Topic
    Condition: IsDev
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: !Join ["", [!GetAtt Logs.Arn, "/*"]]
            Condition: { Bool: { "aws:SecureTransport": false } }
`;

const JSON_TEMPLATE = `{
  "Resources": {
    "Queue": {
      "Type": "AWS::SQS::Queue",
      "Properties": { "KmsMasterKeyId": { "Fn::Join": [":", ["alias", "app"]] } }
    }
  }
}
`;

function scan(files: Record<string, string>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-cfn-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), content);
  return scanIac({ root, rules: [], loaders: [cloudFormationLoader] });
}

describe('CloudFormation loader', () => {
  it('resolves parameters, mappings, conditions and short-form intrinsics with template lines', () => {
    const { model, report } = scan({ 'stack.yaml': YAML_TEMPLATE });
    expect(report.notices).toEqual([]);
    expect(model.resources.map((resource) => resource.address)).toEqual(['Logs', 'LogsPolicy']);
    const bucket = model.ofType('AWS::S3::Bucket')[0]!;
    expect(bucket.range.startLine).toBe(16);
    const properties = child(bucket.body, 'Properties');
    expect(str(child(properties, 'VersioningConfiguration.Status'))).toBe('Enabled');
    expect(child(properties, 'VersioningConfiguration.Status')!.range.startLine).toBe(21);
    expect(text(child(properties, 'LifecycleConfiguration.Rules.0.ExpirationInDays'))).toBe('365');
    expect(isUnknown(child(properties, 'BucketName'))).toBe(true);
    expect(
      isUnknown(
        child(
          properties,
          'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.KMSMasterKeyID',
        ),
      ),
    ).toBe(true);
    expect(child(properties, 'Tags')).toBeUndefined();
  });

  it('keeps references between resources so cross-resource rules can follow them', () => {
    const { model } = scan({ 'stack.yaml': YAML_TEMPLATE });
    const policy = model.ofType('AWS::S3::BucketPolicy')[0]!;
    const bucketRef = child(policy.body, 'Properties.Bucket');
    expect(bucketRef).toMatchObject({ kind: 'unknown', refersTo: ['Logs'] });
    const statement = child(policy.body, 'Properties.PolicyDocument.Statement.0');
    expect(bool(child(statement, 'Condition.Bool.aws:SecureTransport'))).toBe(false);
    expect(child(statement, 'Resource')).toMatchObject({ kind: 'unknown', refersTo: ['Logs'] });
  });

  it('reads JSON templates detected by their AWS:: resource types', () => {
    const { model } = scan({ 'queue.json': JSON_TEMPLATE });
    const queue = model.ofType('AWS::SQS::Queue')[0]!;
    expect(str(child(queue.body, 'Properties.KmsMasterKeyId'))).toBe('alias:app');
    expect(queue.range.startLine).toBe(3);
  });

  it('leaves other YAML to other loaders', () => {
    const { model } = scan({ 'values.yaml': 'Resources:\n  cpu: 100m\n' });
    expect(model.resources).toEqual([]);
  });
});
