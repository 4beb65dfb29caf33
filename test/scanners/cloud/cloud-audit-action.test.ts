import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../../src/actions/cloud-audit/main';
import { createRunnerIO, type Env } from '../../../src/core/github/runner-io';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server/server';
import { startTokenServer, type TokenServer } from '../../helpers/aws-server/oidc-token-server';
import { SEED_NOW } from '../../helpers/aws-server/seeds/builders';
import { AUDIT_ROLE, AUDIT_SUBJECT } from '../../helpers/aws-server/seeds/clean-account';
import { insecureAccount } from '../../helpers/aws-server/seeds/insecure-account';

describe('cloud-audit action (in process, loopback GitHub OIDC and AWS)', () => {
  const account = insecureAccount();
  let tokens: TokenServer;
  let server: AwsServer;
  let dir: string;
  const saved = {
    url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  };

  beforeAll(async () => {
    tokens = await startTokenServer({ subject: AUDIT_SUBJECT, clock: () => Math.floor(SEED_NOW / 1000) });
    server = await startAwsServer({
      accounts: [account],
      clock: () => SEED_NOW,
      oidc: { issuer: tokens.issuer, audience: 'sts.amazonaws.com', publicKey: tokens.publicKey },
    });
  });
  afterAll(async () => {
    await Promise.all([tokens.close(), server.close()]);
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-cloud-audit-'));
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
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of [
      ['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url],
      ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  function runnerEnv(extra: Env = {}): Env {
    const output = path.join(dir, 'output.txt');
    const summary = path.join(dir, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = tokens.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = tokens.requestToken;
    return {
      GITHUB_REPOSITORY: 'octo-org/infra',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: dir,
      ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
      CLOUDGATE_AWS_ENDPOINT_URL: server.endpoint,
      CLOUDGATE_ROLE_TO_ASSUME: `arn:aws:iam::${account.id}:role/${AUDIT_ROLE}`,
      CLOUDGATE_REGIONS: 'us-east-1, eu-west-1',
      CLOUDGATE_COMMENT: 'none',
      CLOUDGATE_SARIF_UPLOAD: 'false',
      CLOUDGATE_FAIL_ON: 'critical',
      ...extra,
    };
  }

  it('audits through OIDC, writes SARIF, JSON and the compliance summary, and fails on criticals', async () => {
    const env = runnerEnv();
    const log: string[] = [];
    const code = await run(
      env,
      createRunnerIO(env, (text) => log.push(text)),
    );
    const outputs = readFileSync(env.GITHUB_OUTPUT!, 'utf8');
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(code).toBe(1);
    expect(outputs).toMatch(/gate<<ghadelimiter_[\w-]+\nfailed\n/);
    expect(summary).toContain(`Account ${account.id} (eu-west-1, us-east-1)`);
    // Control ids and titles are written escaped (1&#46;4): inert in a table cell.
    expect(summary).toContain(
      '| 1&#46;4 | Ensure no &#39;root&#39; user account access key exists | ❌ failed | `aws-audit-iam-root-access-keys` |',
    );
    expect(summary).toMatch(/\| 1&#46;8 \| [^|]+ \| ❌ failed \|/);
    expect(summary).toMatch(/\| 3&#46;3 \| [^|]+ \| ❌ failed \|/);
    const outputDir = path.join(dir, 'cloudgate', 'cloudgate-cloud-audit');
    const files = readdirSync(outputDir);
    const sarifFile = files.find((file) => file.endsWith('.sarif'))!;
    const sarif = JSON.parse(readFileSync(path.join(outputDir, sarifFile), 'utf8')) as {
      runs: {
        results: {
          ruleId: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string } };
            logicalLocations: { fullyQualifiedName: string }[];
          }[];
        }[];
      }[];
    };
    const results = sarif.runs.flatMap((entry) => entry.results);
    expect(results.length).toBe(account.expectations.length);
    const root = results.find((result) => result.ruleId === 'aws-audit-iam-root-access-keys')!;
    expect(root.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      `.cloudgate/cloud/aws/${account.id}/global/AWS%3A%3A%3A%3AAccount%3A${account.id}`,
    );
    expect(root.locations[0]!.logicalLocations[0]!.fullyQualifiedName).toBe(
      `aws/${account.id}/global/AWS::::Account:${account.id}`,
    );
    // Secrets appear only in the runner's add-mask commands, which the runner strips from the log.
    const secrets = [...server.world.credentials.entries()].flatMap(([id, issued]) =>
      issued.sessionToken ? [id, issued.secretAccessKey, issued.sessionToken] : [],
    );
    const masks = log
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length).trim());
    for (const secret of secrets.slice(-3)) expect(masks).toContain(secret);
    const written = [
      log.filter((line) => !line.startsWith('::add-mask::')).join(''),
      outputs,
      summary,
      ...files.map((file) => readFileSync(path.join(outputDir, file), 'utf8')),
    ].join('\n');
    for (const secret of secrets) expect(written.includes(secret)).toBe(false);
  });

  it('fails with the id-token permission when the job may not request a token', async () => {
    const env = runnerEnv({ ACTIONS_ID_TOKEN_REQUEST_URL: undefined });
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const log: string[] = [];
    const code = await run(
      env,
      createRunnerIO(env, (text) => log.push(text)),
    );
    expect(code).toBe(2);
    expect(log.join('')).toContain('permissions: id-token: write');
  });

  it('rejects an input that is not a role ARN before calling anything', async () => {
    const before = server.world.calls.length;
    const env = runnerEnv({ CLOUDGATE_ROLE_TO_ASSUME: 'cloudgate-audit' });
    const log: string[] = [];
    expect(
      await run(
        env,
        createRunnerIO(env, (text) => log.push(text)),
      ),
    ).toBe(2);
    expect(log.join('')).toContain('role-to-assume "cloudgate-audit" is not an IAM role ARN');
    expect(server.world.calls.length).toBe(before);
  });
});
