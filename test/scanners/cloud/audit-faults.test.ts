import { AWS_AUDIT_RULES } from '../../../src/scanners/cloud/rules/aws/index';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server/server';
import { SEED_NOW } from '../../helpers/aws-server/seeds/builders';
import { insecureAccount } from '../../helpers/aws-server/seeds/insecure-account';
import { cleanAccount } from '../../helpers/aws-server/seeds/clean-account';
import type { CallInfo } from '../../helpers/aws-server/world';
import { expectationKeys, findingKeys, runAudit, staticCredentials } from './audit-harness';

const EC2_CHECKS = AWS_AUDIT_RULES.filter((rule) =>
  rule.needs.some((key: string) => key.startsWith('ec2.')),
).map((rule) => rule.meta.id);

describe('AWS audit when AWS says no', () => {
  let server: AwsServer;
  const insecure = insecureAccount();
  const clean = cleanAccount();

  beforeAll(async () => {
    server = await startAwsServer({ accounts: [insecure, clean], clock: () => SEED_NOW });
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.world.faults = {};
  });

  it('reports the checks of a denied service as not assessed and audits the rest', async () => {
    server.world.faults = { deny: (call) => call.service === 'ec2' && call.operation !== 'DescribeRegions' };
    const result = await runAudit(server, { credentials: staticCredentials(insecure) });
    const expected = expectationKeys(
      insecure.id,
      insecure.expectations.filter((entry) => !EC2_CHECKS.includes(entry.check)),
    );
    expect(findingKeys(result.report.findings)).toEqual(expected);
    const notAssessed = result.report.notices.filter((notice) => notice.kind === 'not-assessed');
    expect(new Set(notAssessed.map((notice) => notice.ruleId))).toEqual(new Set(EC2_CHECKS));
    for (const notice of notAssessed) {
      expect(notice.message).toMatch(/ec2:\w+ was denied in (us-east-1|eu-west-1) \(UnauthorizedOperation/);
      expect(notice.message).toContain('SecurityAudit');
    }
    for (const id of EC2_CHECKS) expect(result.coverage[0]!.outcomes.get(id)).toBe('not-assessed');
    expect(result.coverage[0]!.outcomes.get('aws-audit-iam-root-mfa-disabled')).toBe('failed');
  });

  it('retries throttling bursts and completes the audit with the same findings', async () => {
    const seen = new Map<string, number>();
    const burst = (call: CallInfo) => {
      const key = `${call.account}/${call.service}/${call.region}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      return count <= 2;
    };
    server.world.faults = { throttle: burst };
    const before = server.world.calls.length;
    const result = await runAudit(server, {
      credentials: staticCredentials(insecure),
      connection: { endpoint: server.endpoint, maxAttempts: 8 },
    });
    const throttled = server.world.calls
      .slice(before)
      .filter((call) =>
        [
          'Throttling',
          'ThrottlingException',
          'RequestLimitExceeded',
          'SlowDown',
          'TooManyRequestsException',
        ].includes(call.code ?? ''),
      );
    expect(throttled.length).toBeGreaterThan(20);
    expect(result.calls.retries).toBeGreaterThanOrEqual(throttled.length);
    expect(findingKeys(result.report.findings)).toEqual(expectationKeys(insecure.id, insecure.expectations));
    expect(result.report.notices).toEqual([]);
  });

  it('reports a service that stays throttled after the retries as not assessed, never passed', async () => {
    server.world.faults = { throttle: (call) => call.service === 'kms' };
    const result = await runAudit(server, {
      credentials: staticCredentials(clean),
      connection: { endpoint: server.endpoint, maxAttempts: 2 },
    });
    expect(result.report.findings).toEqual([]);
    const notices = result.report.notices.filter(
      (notice) => notice.ruleId === 'aws-audit-kms-key-rotation-disabled',
    );
    expect(notices.map((notice) => notice.message).sort()).toEqual([
      expect.stringMatching(
        /eu-west-1: kms:ListKeys was still throttled in eu-west-1 after 2 attempts \(ThrottlingException\)/,
      ),
      expect.stringMatching(
        /us-east-1: kms:ListKeys was still throttled in us-east-1 after 2 attempts \(ThrottlingException\)/,
      ),
    ]);
    expect(result.coverage[0]!.outcomes.get('aws-audit-kms-key-rotation-disabled')).toBe('not-assessed');
  });

  it('reports the regional checks of a requested region that is not enabled as not assessed', async () => {
    const result = await runAudit(server, {
      credentials: staticCredentials(clean),
      regions: ['eu-west-1', 'ap-east-1'],
    });
    expect(result.report.findings).toEqual([]);
    const regional = AWS_AUDIT_RULES.filter((rule) => rule.scope === 'region').map((rule) => rule.meta.id);
    const notices = result.report.notices.filter((notice) => notice.message.includes('ap-east-1'));
    expect(new Set(notices.map((notice) => notice.ruleId))).toEqual(new Set(regional));
    expect(notices[0]!.message).toContain(
      'region ap-east-1 is not enabled in account 100000000001 (not-opted-in)',
    );
    expect(server.world.calls.some((call) => call.region === 'ap-east-1')).toBe(false);
  });

  it('only makes the calls the selected checks need', async () => {
    const before = server.world.calls.length;
    const rules = AWS_AUDIT_RULES.filter((rule) => rule.meta.id === 'aws-audit-iam-root-mfa-disabled');
    const result = await runAudit(server, { credentials: staticCredentials(insecure), rules });
    expect(findingKeys(result.report.findings)).toEqual([
      `aws-audit-iam-root-mfa-disabled ${insecure.id}  AWS::::Account:${insecure.id}`,
    ]);
    const operations = new Set(
      server.world.calls.slice(before).map((call) => `${call.service}:${call.operation}`),
    );
    expect(operations).toEqual(
      new Set(['sts:GetCallerIdentity', 'ec2:DescribeRegions', 'iam:GetAccountSummary']),
    );
  });
});
