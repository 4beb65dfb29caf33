import { startAwsServer, type AwsServer } from '../../helpers/aws-server/server';
import { cleanAccount } from '../../helpers/aws-server/seeds/clean-account';
import { insecureAccount } from '../../helpers/aws-server/seeds/insecure-account';
import { variantAccount } from '../../helpers/aws-server/seeds/variant-account';
import { SEED_NOW } from '../../helpers/aws-server/seeds/builders';
import { expectationKeys, findingKeys, runAudit, staticCredentials } from './audit-harness';

describe('AWS audit against the loopback endpoints', () => {
  let server: AwsServer;
  const clean = cleanAccount();
  const insecure = insecureAccount();
  const variant = variantAccount();

  beforeAll(async () => {
    server = await startAwsServer({ accounts: [clean, insecure, variant], clock: () => SEED_NOW });
  });
  afterAll(() => server.close());

  it('finds nothing in the clean account and assesses every check', async () => {
    const before = server.world.calls.length;
    const result = await runAudit(server, { credentials: staticCredentials(clean) });
    expect(findingKeys(result.report.findings)).toEqual([]);
    // The credential report is requested, polled until complete (a fresh account answers STARTED first), then read once.
    const reportCalls = server.world.calls
      .slice(before)
      .filter((call) => call.operation.endsWith('CredentialReport'));
    expect(reportCalls.map((call) => `${call.operation} ${call.status}`).join(', ')).toMatch(
      /^(GenerateCredentialReport 200, ){1,2}GetCredentialReport 200$/,
    );
    expect(result.report.notices).toEqual([]);
    const outcomes = [...result.coverage[0]!.outcomes.values()];
    expect(outcomes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(outcomes)).toEqual(new Set(['passed']));
  });

  it.each([
    ['insecure', insecure],
    ['variant', variant],
  ])('reports exactly the misconfigurations planted in the %s account', async (_name, account) => {
    const result = await runAudit(server, { credentials: staticCredentials(account) });
    expect(findingKeys(result.report.findings)).toEqual(expectationKeys(account.id, account.expectations));
    expect(result.report.notices).toEqual([]);
  });
});
