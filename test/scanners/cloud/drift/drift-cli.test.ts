import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditCommand } from '../../../../src/cli/commands/audit';
import { UserError } from '../../../../src/core/errors';
import { parseReportJson } from '../../../../src/core/report-json';
import { SEED_NOW } from '../../../helpers/aws-server/seeds/builders';
import { DRIFT_REGION, driftAccount } from '../../../helpers/aws-server/seeds/drift-account';
import { startAwsServer, type AwsServer } from '../../../helpers/aws-server/server';

const FIXTURES = path.join(__dirname, '../../../fixtures/drift');
const ENV_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_PROFILE', 'CLOUDGATE_AWS_ENDPOINT_URL'];

describe('cloudgate audit aws --iac-path --terraform-state (loopback AWS)', () => {
  let server: AwsServer;
  let dir: string;
  const account = driftAccount();
  const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  const cwd = process.cwd();

  beforeAll(async () => {
    server = await startAwsServer({ accounts: [account], clock: () => SEED_NOW });
    dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-drift-cli-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    for (const key of ENV_KEYS) delete process.env[key];
    process.env.CLOUDGATE_AWS_ENDPOINT_URL = server.endpoint;
    process.env.AWS_ACCESS_KEY_ID = account.staticKeys[0]!.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = account.staticKeys[0]!.secretAccessKey;
    process.chdir(FIXTURES);
  });
  afterEach(() => {
    process.chdir(cwd);
    jest.restoreAllMocks();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('reports the drift findings on the project lines, relative to the working directory', async () => {
    const file = path.join(dir, 'drift.json');
    await auditCommand.run([
      'aws',
      '--regions',
      DRIFT_REGION,
      '--checks',
      'aws-audit-s3-bucket-versioning-disabled',
      '--iac-path',
      'project',
      '--terraform-state',
      'state.json',
      '--format',
      'json',
      '--output',
      file,
    ]);
    const report = parseReportJson(readFileSync(file, 'utf8'));
    const drift = report.findings.filter((finding) => finding.ruleId.startsWith('aws-drift-'));
    expect(drift.map((finding) => finding.ruleId).sort()).toEqual([
      'aws-drift-setting-changed',
      'aws-drift-setting-changed',
      'aws-drift-unmanaged-resource',
    ]);
    const paths = drift.flatMap((finding) =>
      finding.location.kind === 'file' ? [finding.location.path] : [],
    );
    expect(paths.sort()).toEqual(['project/network.tf', 'project/storage.tf']);
    expect(report.rules.map((rule) => rule.id)).toContain('aws-drift-unmanaged-resource');
  });

  it('refuses a state without its project, and an option of another provider', async () => {
    await expect(auditCommand.run(['aws', '--terraform-state', 'state.json'])).rejects.toThrow(
      '--terraform-state needs --iac-path',
    );
    await expect(auditCommand.run(['gcp', '--subscriptions', 'x'])).rejects.toThrow(UserError);
  });
});
