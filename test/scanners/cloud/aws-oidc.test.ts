import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { UserError } from '../../../src/core/errors';
import { renderJson } from '../../../src/core/report-json';
import { renderMarkdown } from '../../../src/core/reporters/markdown';
import { toSarif } from '../../../src/core/reporters/sarif';
import { awsOidcCredentials } from '../../../src/scanners/cloud/credentials/aws-oidc';
import { startAwsServer, type AwsServer } from '../../helpers/aws-server/server';
import { startTokenServer, type TokenServer } from '../../helpers/aws-server/oidc-token-server';
import { SEED_NOW } from '../../helpers/aws-server/seeds/builders';
import { AUDIT_ROLE, AUDIT_SUBJECT, cleanAccount } from '../../helpers/aws-server/seeds/clean-account';
import { insecureAccount } from '../../helpers/aws-server/seeds/insecure-account';
import { expectationKeys, findingKeys, runAudit } from './audit-harness';

describe('GitHub OIDC token to AWS credentials', () => {
  let now = SEED_NOW;
  const clock = () => now;
  const account = insecureAccount();
  const roleArn = `arn:aws:iam::${account.id}:role/${AUDIT_ROLE}`;
  let tokens: TokenServer;
  let server: AwsServer;
  const saved = {
    url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  };

  beforeAll(async () => {
    tokens = await startTokenServer({ subject: AUDIT_SUBJECT, clock: () => Math.floor(now / 1000) });
    server = await startAwsServer({
      accounts: [account, cleanAccount()],
      clock,
      oidc: { issuer: tokens.issuer, audience: 'sts.amazonaws.com', publicKey: tokens.publicKey },
    });
  });
  afterAll(async () => {
    await Promise.all([tokens.close(), server.close()]);
  });
  beforeEach(() => {
    // core.getIDToken logs ::debug:: and ::add-mask:: workflow commands.
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    now = SEED_NOW;
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = tokens.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = tokens.requestToken;
  });
  afterEach(() => {
    jest.restoreAllMocks();
    restore('ACTIONS_ID_TOKEN_REQUEST_URL', saved.url);
    restore('ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token);
  });

  function oidc(masked: string[] = [], overrides: Partial<Parameters<typeof awsOidcCredentials>[0]> = {}) {
    return awsOidcCredentials({
      roleArn,
      region: 'us-east-1',
      sessionName: 'gha-42-1',
      mask: (secret) => masked.push(secret),
      clock,
      connection: { endpoint: server.endpoint },
      ...overrides,
    });
  }

  it('runs the audit end to end with credentials from the workflow token, masked and SigV4-signed', async () => {
    const masked: string[] = [];
    const before = server.world.calls.length;
    const credentials = oidc(masked);
    const result = await runAudit(server, { credentials, clock });
    credentials.close();
    expect(findingKeys(result.report.findings)).toEqual(expectationKeys(account.id, account.expectations));
    const calls = server.world.calls.slice(before);
    const exchange = calls.filter((call) => call.operation === 'AssumeRoleWithWebIdentity');
    expect(exchange).toEqual([expect.objectContaining({ status: 200 })]);
    expect(exchange[0]!.accessKeyId).toBeUndefined();
    const keys = new Set(
      calls.filter((call) => call.operation !== 'AssumeRoleWithWebIdentity').map((call) => call.accessKeyId),
    );
    expect(keys.size).toBe(1);
    const accessKeyId = [...keys][0]!;
    expect(accessKeyId).toMatch(/^ASIA/);
    const issued = server.world.credentials.get(accessKeyId)!;
    expect(issued.arn).toBe(`arn:aws:sts::${account.id}:assumed-role/${AUDIT_ROLE}/gha-42-1`);
    expect(masked).toEqual([accessKeyId, issued.secretAccessKey, issued.sessionToken!]);
    expect(tokens.issued.at(-1)).toBe('sts.amazonaws.com');
  });

  it('requests a new token and assumes the role again before the credentials expire', async () => {
    const credentials = oidc([], { durationSeconds: 900, refreshBeforeMs: 120_000 });
    const sts = new STSClient({ region: 'us-east-1', endpoint: server.endpoint, credentials });
    const whoAmI = async () => {
      const before = server.world.calls.length;
      await sts.send(new GetCallerIdentityCommand({}));
      return server.world.calls.slice(before).find((call) => call.operation === 'GetCallerIdentity')!
        .accessKeyId!;
    };
    const issuedBefore = tokens.issued.length;
    const first = await whoAmI();
    now += 600_000;
    expect(await whoAmI()).toBe(first);
    now += 200_000;
    const second = await whoAmI();
    expect(second).not.toBe(first);
    expect(tokens.issued.length - issuedBefore).toBe(2);
    now += 1_000_000;
    const third = await whoAmI();
    expect(new Set([first, second, third]).size).toBe(3);
    // The server enforces expiry: the first credentials no longer work.
    const stale = server.world.credentials.get(first)!;
    const direct = new STSClient({
      region: 'us-east-1',
      endpoint: server.endpoint,
      maxAttempts: 1,
      credentials: {
        accessKeyId: first,
        secretAccessKey: stale.secretAccessKey,
        sessionToken: stale.sessionToken!,
      },
    });
    await expect(direct.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'ExpiredToken',
    });
    sts.destroy();
    direct.destroy();
    credentials.close();
  });

  it('names `permissions: id-token: write` when the runner offers no token', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const error = await oidc()().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toContain('ACTIONS_ID_TOKEN_REQUEST_URL is not set');
    expect((error as UserError).describe()).toContain('permissions: id-token: write');
  });

  it('names `permissions: id-token: write` when the token request fails', async () => {
    const failing = await startTokenServer({ subject: AUDIT_SUBJECT, failWith: 403 });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = failing.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = failing.requestToken;
    const error = await oidc()().catch((caught: unknown) => caught);
    await failing.close();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toMatch(
      /could not get a GitHub OIDC token for the audience "sts.amazonaws.com": .*403/,
    );
    expect((error as UserError).describe()).toContain('permissions: id-token: write');
  });

  it('explains a refusal with the subject the trust policy did not accept', async () => {
    const other = await startTokenServer({
      subject: 'repo:someone-else/fork:pull_request',
      clock: () => Math.floor(now / 1000),
    });
    const strict = await startAwsServer({
      accounts: [account],
      clock,
      oidc: { issuer: other.issuer, audience: 'sts.amazonaws.com', publicKey: other.publicKey },
    });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = other.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = other.requestToken;
    const error = await oidc([], { connection: { endpoint: strict.endpoint } })().catch(
      (caught: unknown) => caught,
    );
    await Promise.all([other.close(), strict.close()]);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(
      `AWS refused to let this workflow assume ${roleArn} (AccessDenied)`,
    );
    expect((error as UserError).message).toContain(
      'subject is "repo:someone-else/fork:pull_request" and audience "sts.amazonaws.com"',
    );
  });

  it('never writes a credential value to the log or to any report format', async () => {
    const lines: string[] = [];
    const credentials = oidc([]);
    const result = await runAudit(server, { credentials, clock, log: (line) => lines.push(line) });
    credentials.close();
    const outputs = [
      ...lines,
      renderJson(result.report),
      JSON.stringify(toSarif(result.report, {})),
      renderMarkdown(result.report, {}),
      JSON.stringify(result.report.notices),
    ].join('\n');
    const secrets = [...server.world.credentials.entries()].flatMap(([id, issued]) =>
      issued.sessionToken ? [id, issued.secretAccessKey, issued.sessionToken] : [],
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(outputs.includes(secret)).toBe(false);
    expect(outputs).toContain(account.id);
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
