import path from 'node:path';
import { AWS_RULES } from '../../../../src/scanners/iac/rules/aws/index';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

function scan(folder: string) {
  return scanIac({
    root: path.join(EXAMPLES, folder),
    rules: AWS_RULES,
    today: new Date('2026-06-01T00:00:00Z'),
  });
}

describe.each(['terraform', 'cloudformation'])('%s examples', (format) => {
  it('hardened: every AWS rule passes, and the configuration is actually read', () => {
    const { report } = scan(`${format}/hardened`);
    expect(report.notices.filter((notice) => notice.kind === 'parse-error')).toEqual([]);
    expect(report.stats.resources).toBeGreaterThan(20);
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.message}`)).toEqual([]);
  });

  it('insecure: the mistakes it shows are found', () => {
    const ids = new Set(scan(`${format}/insecure`).report.findings.map((finding) => finding.ruleId));
    for (const id of [
      'aws-s3-public-acl',
      'aws-s3-policy-public-principal',
      'aws-s3-public-access-block-disabled',
      'aws-iam-policy-admin',
      'aws-iam-github-oidc-trust-unscoped',
      'aws-rds-publicly-accessible',
      'aws-rds-storage-unencrypted',
      'aws-cloudtrail-not-multi-region',
    ]) {
      expect([id, ids.has(id)]).toEqual([id, true]);
    }
    expect(ids.size).toBeGreaterThan(20);
  });
});
