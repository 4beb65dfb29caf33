import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanIac } from '../../../src/scanners/iac/scan-iac';

const EXAMPLES = path.join(__dirname, '../../../examples/aws-audit-role');

describe('examples/aws-audit-role', () => {
  it('passes every cloudgate IaC rule, in both the CloudFormation and the Terraform form', () => {
    const { report, model } = scanIac({ root: EXAMPLES, keepModel: true });
    expect(
      report.findings.map(
        (finding) => `${finding.ruleId} ${finding.location.kind === 'file' ? finding.location.path : ''}`,
      ),
    ).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.stats.files).toBe(2);
    const types = new Set(model.resources.map((resource) => resource.type));
    for (const type of [
      'AWS::IAM::Role',
      'AWS::IAM::OIDCProvider',
      'aws_iam_role',
      'aws_iam_openid_connect_provider',
    ])
      expect(types.has(type)).toBe(true);
  });

  it.each([
    ['role.yaml', /\n {16}token\.actions\.githubusercontent\.com:sub:\n(?: {18}- .*\n){2}/],
    [
      'role.tf',
      /\n {4}condition \{\n {6}test {5}= "StringEquals"\n {6}variable = "token\.actions\.githubusercontent\.com:sub"\n[^}]*\}\n/,
    ],
  ])('is checked for real: %s without its subject condition is reported', (file, subjectCondition) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-audit-role-'));
    try {
      const original = readFileSync(path.join(EXAMPLES, file), 'utf8');
      const weakened = original.replace(subjectCondition, '\n');
      expect(weakened).not.toBe(original);
      writeFileSync(path.join(dir, file), weakened);
      const { report } = scanIac({ root: dir });
      expect(report.findings.map((finding) => finding.ruleId)).toContain(
        'aws-iam-github-oidc-trust-unscoped',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
