import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditCommand } from '../../../src/cli/commands/audit';
import { UserError } from '../../../src/core/errors';
import { parseReportJson } from '../../../src/core/report-json';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server/server';
import { SEED_NOW } from '../../helpers/aws-server/seeds/builders';
import { cleanAccount } from '../../helpers/aws-server/seeds/clean-account';
import { insecureAccount } from '../../helpers/aws-server/seeds/insecure-account';
import { expectationKeys, findingKeys } from './audit-harness';

const ENV_KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_REGION',
  'CLOUDGATE_AWS_ENDPOINT_URL',
];

describe('cloudgate audit aws (default AWS credential chain)', () => {
  let server: AwsServer;
  let dir: string;
  let output: string[];
  let stdout: string[];
  const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  const insecure = insecureAccount();
  const clean = cleanAccount();

  beforeAll(async () => {
    server = await startAwsServer({ accounts: [insecure, clean], clock: () => SEED_NOW });
    dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-audit-cli-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    // The report ages credentials from today; the seeds are written for SEED_NOW. Only Date is frozen.
    jest.useFakeTimers({
      now: SEED_NOW,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'clearImmediate',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    output = [];
    stdout = [];
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => (output.push(String(chunk)), stdout.push(String(chunk)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (output.push(String(chunk)), true));
    for (const key of ENV_KEYS) delete process.env[key];
    process.env.CLOUDGATE_AWS_ENDPOINT_URL = server.endpoint;
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  function useKeys(account: typeof insecure): void {
    process.env.AWS_ACCESS_KEY_ID = account.staticKeys[0]!.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = account.staticKeys[0]!.secretAccessKey;
  }

  it('writes a JSON report with the planted findings and fails the gate', async () => {
    useKeys(insecure);
    const file = path.join(dir, 'insecure.json');
    const code = await auditCommand.run([
      'aws',
      '--regions',
      'us-east-1,eu-west-1',
      '--format',
      'json',
      '--output',
      file,
    ]);
    expect(code).toBe(1);
    const report = parseReportJson(readFileSync(file, 'utf8'));
    expect(report.scanners).toEqual(['audit']);
    expect(findingKeys(report.findings)).toEqual(expectationKeys(insecure.id, insecure.expectations));
    const log = output.join('');
    expect(log).toMatch(
      /Audited 1 account\(s\) and 2 account-region\(s\): \d+ checks passed, \d+ failed, 0 not assessed/,
    );
    expect(log).toContain('Gate failed');
    const written = `${log}\n${readFileSync(file, 'utf8')}`;
    expect(written.includes(insecure.staticKeys[0]!.secretAccessKey)).toBe(false);
  });

  it('passes the gate on the clean account and runs only the chosen checks', async () => {
    useKeys(clean);
    const before = server.world.calls.length;
    const code = await auditCommand.run([
      'aws',
      '--checks',
      'iam-*',
      '--skip-checks',
      'aws-audit-iam-github-oidc-trust-unscoped',
      '--format',
      'sarif',
    ]);
    expect(code).toBe(0);
    const services = new Set(server.world.calls.slice(before).map((call) => call.service));
    expect(services).toEqual(new Set(['sts', 'ec2', 'iam']));
    const sarif = JSON.parse(stdout.join('')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]!.results).toEqual([]);
  });

  it('refuses a check id that does not exist and a provider it does not audit', async () => {
    useKeys(clean);
    await expect(auditCommand.run(['aws', '--checks', 'aws-audit-no-such-check'])).rejects.toThrow(UserError);
    await expect(auditCommand.run(['oci'])).rejects.toThrow(
      'cloudgate audit needs a provider: "aws", "azure" or "gcp", not "oci"',
    );
    await expect(auditCommand.run(['aws', '--regions', 'moon-1'])).rejects.toThrow(
      '"moon-1" is not an AWS region',
    );
  });
});
