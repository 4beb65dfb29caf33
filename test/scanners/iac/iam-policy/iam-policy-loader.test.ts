import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FORMAT_LOADERS } from '../../../../src/scanners/iac/formats/index';
import { iamPolicyLoader } from '../../../../src/scanners/iac/formats/iam-policy/iam-policy-loader';
import { kubernetesLoader } from '../../../../src/scanners/iac/formats/kubernetes/kubernetes-loader';
import { child, str } from '../../../../src/scanners/iac/model/node';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';

function scan(files: Record<string, string>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-policy-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), content);
  return scanIac({ root, rules: [] });
}

const POLICY = `{
  "Version": "2012-10-17",
  "Id": "reader",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme/*" }
  ]
}
`;

describe('IAM policy document loader', () => {
  it('reads a standalone policy as one resource with positions', () => {
    const { model, report } = scan({ 'reader-policy.json': POLICY });
    expect(report.notices).toEqual([]);
    const [policy] = model.ofFormat('iam-policy');
    expect(policy).toMatchObject({
      type: 'iam-policy-document',
      address: 'reader-policy.json',
      platform: 'aws',
      meta: { version: '2012-10-17', id: 'reader' },
    });
    expect(str(child(policy!.body, 'Statement.0.Action'))).toBe('s3:GetObject');
    expect(child(policy!.body, 'Statement.0.Action')!.range.startLine).toBe(5);
  });

  it('leaves other JSON alone: no Statement, another Version, or a template', () => {
    const { model } = scan({
      'package.json': '{ "name": "app", "version": "1.0.0" }',
      'old.json': '{ "Version": "2020-01-01", "Statement": [] }',
      'stack.json':
        '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": { "Q": { "Type": "AWS::SQS::Queue" } } }',
    });
    expect(model.ofFormat('iam-policy')).toEqual([]);
    expect(model.ofFormat('cloudformation').map((resource) => resource.address)).toEqual(['Q']);
  });

  it('is offered files before the Kubernetes loader', () => {
    expect(FORMAT_LOADERS.indexOf(iamPolicyLoader)).toBeGreaterThanOrEqual(0);
    expect(FORMAT_LOADERS.indexOf(iamPolicyLoader)).toBeLessThan(FORMAT_LOADERS.indexOf(kubernetesLoader));
  });

  it('reports broken JSON as a notice instead of failing the scan', () => {
    const { report, model } = scan({
      'broken.json': '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", ',
    });
    expect(model.ofFormat('iam-policy')).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
