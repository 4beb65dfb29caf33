import type { AwsAuditResult } from '../../../src/scanners/cloud/aws/audit-aws';
import { unitInShard } from '../../../src/scanners/cloud/aws/audit-shard';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server/server';
import { SEED_NOW } from '../../helpers/aws-server/seeds/builders';
import { AUDIT_ROLE } from '../../helpers/aws-server/seeds/clean-account';
import { insecureAccount } from '../../helpers/aws-server/seeds/insecure-account';
import { MANAGEMENT_ACCOUNT, organization } from '../../helpers/aws-server/seeds/organization';
import { findingKeys, runAudit, staticCredentials } from './audit-harness';

const MONITORING_CHECKS = 15;

function outcomes(result: AwsAuditResult): string[] {
  return result.coverage
    .flatMap((entry) =>
      [...entry.outcomes.entries()].map(([id, outcome]) => `${entry.account} ${id} ${outcome}`),
    )
    .sort();
}

describe('AWS audit of an organisation', () => {
  it('fans out over 20 accounts x 4 regions through the organisation role', async () => {
    const regions = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
    const org = organization(20, regions);
    const server = await startAwsServer({
      accounts: org.accounts,
      organization: org.organization,
      clock: () => SEED_NOW,
    });
    const management = org.accounts[0]!;
    const started = Date.now();
    const result = await runAudit(server, {
      credentials: staticCredentials(management),
      organizationRole: AUDIT_ROLE,
      concurrency: { accounts: 8 },
    });
    const wall = Date.now() - started;
    await server.close();
    console.log(
      `organisation audit: 20 accounts x 4 regions in ${wall} ms, ${result.calls.calls} calls, ${result.calls.retries} retries`,
    );
    expect(result.coverage.map((entry) => entry.account)).toEqual(
      org.accounts.map((account) => account.id).sort(),
    );
    for (const entry of result.coverage) expect(entry.regions).toEqual([...regions].sort());
    expect(result.report.findings).toEqual([]);
    const assumed = server.world.calls.filter(
      (call) => call.operation === 'AssumeRole' && call.status === 200,
    );
    expect(assumed).toHaveLength(19);
    // Members see the organisation trail: CloudTrail passes, its metric filters live in the management account.
    const members = org.accounts.slice(1).map((account) => account.id);
    for (const member of members) {
      const own = result.coverage.find((entry) => entry.account === member)!;
      expect(own.outcomes.get('aws-audit-cloudtrail-multi-region-missing')).toBe('passed');
      const gaps = result.report.notices.filter((notice) => notice.message.includes(`account ${member}`));
      expect(gaps).toHaveLength(MONITORING_CHECKS);
      for (const gap of gaps)
        expect(gap.message).toContain(
          `in account ${MANAGEMENT_ACCOUNT}; assess its metric filters and alarms in that account`,
        );
    }
    expect(result.report.notices).toHaveLength(MONITORING_CHECKS * members.length);
  });

  it('reports a member whose role cannot be assumed as not audited and audits the others', async () => {
    const org = organization(3, ['us-east-1']);
    org.accounts[2]!.stsRoles = [];
    const server = await startAwsServer({
      accounts: org.accounts,
      organization: org.organization,
      clock: () => SEED_NOW,
    });
    const result = await runAudit(server, {
      credentials: staticCredentials(org.accounts[0]!),
      organizationRole: AUDIT_ROLE,
    });
    await server.close();
    const broken = org.accounts[2]!.id;
    expect(result.coverage.map((entry) => [entry.account, entry.failure === undefined])).toEqual([
      [org.accounts[0]!.id, true],
      [org.accounts[1]!.id, true],
      [broken, false],
    ]);
    const notice = result.report.notices.find((entry) =>
      entry.message.startsWith(`account ${broken} was not audited`),
    )!;
    expect(notice.message).toContain(`no credentials through sts:AssumeRole into ${broken} (AccessDenied`);
    expect([...result.coverage[2]!.outcomes.values()].every((outcome) => outcome === 'not-assessed')).toBe(
      true,
    );
    expect(server.world.calls.filter((call) => call.account === broken)).toEqual([]);
  });

  it('splits accounts and regions into shards whose union is the whole audit', async () => {
    const regions = ['us-east-1', 'eu-west-1'];
    const org = organization(5, regions);
    const member = insecureAccount('200000000009');
    member.stsRoles = [{ name: AUDIT_ROLE, trustedAccounts: [MANAGEMENT_ACCOUNT] }];
    org.accounts.push(member);
    org.organization.members.push(member.id);
    const server: AwsServer = await startAwsServer({
      accounts: org.accounts,
      organization: org.organization,
      clock: () => SEED_NOW,
    });
    const credentials = staticCredentials(org.accounts[0]!);
    const whole = await runAudit(server, { credentials, organizationRole: AUDIT_ROLE });
    const shards = [];
    for (let index = 1; index <= 3; index++)
      shards.push(
        await runAudit(server, { credentials, organizationRole: AUDIT_ROLE, shard: { index, count: 3 } }),
      );
    await server.close();
    expect(whole.report.findings.length).toBeGreaterThan(40);
    expect(shards.flatMap((shard) => findingKeys(shard.report.findings)).sort()).toEqual(
      findingKeys(whole.report.findings),
    );
    expect(shards.flatMap((shard) => shard.report.notices.map((notice) => notice.message)).sort()).toEqual(
      whole.report.notices.map((notice) => notice.message).sort(),
    );
    const units = org.accounts.flatMap((account) => [
      account.id,
      ...regions.map((region) => `${account.id}/${region}`),
    ]);
    for (const unit of units)
      expect([1, 2, 3].filter((index) => unitInShard(unit, { index, count: 3 }))).toHaveLength(1);
    const perShard = shards.map((shard) =>
      shard.coverage.reduce((sum, entry) => sum + entry.regions.length, 0),
    );
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(org.accounts.length * regions.length);
    expect(perShard.filter((count) => count > 0).length).toBeGreaterThan(1);
    // Checks that span the account and its regions land whole in one shard each: outcomes merge without conflict.
    const merged = new Map<string, string>();
    for (const line of shards.flatMap(outcomes)) {
      const [account, id, outcome] = line.split(' ');
      const key = `${account} ${id}`;
      const previous = merged.get(key);
      merged.set(
        key,
        previous === 'failed' || outcome === 'failed'
          ? 'failed'
          : previous === 'not-assessed' || outcome === 'not-assessed'
            ? 'not-assessed'
            : outcome!,
      );
    }
    expect([...merged.entries()].map(([key, outcome]) => `${key} ${outcome}`).sort()).toEqual(
      outcomes(whole),
    );
  });
});
