import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';

const EXAMPLES = path.resolve(__dirname, '../../examples');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd = EXAMPLES): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
    out.mockRestore();
    err.mockRestore();
  }
}

function tempCopyOfExamples(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-cli-'));
  cpSync(path.join(EXAMPLES, 'kubernetes'), path.join(dir, 'kubernetes'), { recursive: true });
  return dir;
}

describe('cloudgate CLI', () => {
  it('fails the gate on the insecure examples and names the blocking findings', async () => {
    const result = await run(['scan', 'kubernetes/insecure']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('k8s-privileged-container');
    expect(result.stdout).toMatch(/kubernetes\/insecure\/web\.yaml:\d+/);
  });

  it('passes the gate on the hardened examples with the default fail-on', async () => {
    const result = await run(['scan', 'kubernetes/hardened', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string }[] };
    const blocking = report.findings.filter((finding) => ['critical', 'high'].includes(finding.severity));
    expect(blocking).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('exits 0 with --fail-on none and still reports the findings as JSON', async () => {
    const result = await run(['scan', 'kubernetes/insecure', '--format', 'json', '--fail-on', 'none']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      schema: string;
      findings: { location: { path: string } }[];
    };
    expect(report.schema).toBe('cloudgate.report/v1');
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings)
      expect(finding.location.path.startsWith('kubernetes/insecure/')).toBe(true);
  });

  it('writes SARIF to a file with relative paths', async () => {
    const dir = tempCopyOfExamples();
    const out = path.join(dir, 'out', 'report.sarif');
    const result = await run(['scan', '--format', 'sarif', '--output', out, '--fail-on', 'critical'], dir);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as {
      version: string;
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const uris = sarif.runs.flatMap((r) =>
      r.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri),
    );
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri).toMatch(/^kubernetes\//);
  });

  it('accepts the findings recorded by "baseline" and gates only new ones', async () => {
    const dir = tempCopyOfExamples();
    expect((await run(['baseline'], dir)).code).toBe(0);
    expect((await run(['scan', '--baseline', '.cloudgate-baseline.json'], dir)).code).toBe(0);
    const web = path.join(dir, 'kubernetes/hardened/web.yaml');
    writeFileSync(
      web,
      readFileSync(web, 'utf8').replace(
        'readOnlyRootFilesystem: true',
        'readOnlyRootFilesystem: true\n            privileged: true',
      ),
    );
    const after = await run(['scan', '--baseline', '.cloudgate-baseline.json', '--format', 'json'], dir);
    expect(after.code).toBe(1);
    const active = (
      JSON.parse(after.stdout) as {
        findings: { ruleId: string; suppression?: unknown; location: { path: string } }[];
      }
    ).findings.filter((f) => !f.suppression);
    expect(active.map((f) => [f.ruleId, f.location.path])).toContainEqual([
      'k8s-privileged-container',
      'kubernetes/hardened/web.yaml',
    ]);
    expect(active.every((f) => f.location.path === 'kubernetes/hardened/web.yaml')).toBe(true);
  });

  it('exits 2 with a clear message for usage errors', async () => {
    const badFormat = await run(['scan', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown format "xml"');
    const missing = await run(['scan', 'no/such/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/dir does not exist');
    const badFailOn = await run(['scan', '--fail-on', 'severe']);
    expect(badFailOn.code).toBe(2);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
  });

  it('exits 2 when the configuration is invalid and names the file and line', async () => {
    const dir = tempCopyOfExamples();
    writeFileSync(
      path.join(dir, '.cloudgate.yml'),
      'rules:\n  disable: [k8s-privileged-container]\nseverty:\n  k8s-privileged-container: low\n',
    );
    const result = await run(['scan'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.cloudgate\.yml:3:1/);
  });

  it('applies --var-file values to Terraform, and refuses a variables file that does not exist', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-cli-tf-'));
    writeFileSync(
      path.join(dir, 'main.tf'),
      [
        'variable "admin_cidr" {',
        '  default = "10.0.0.0/8"',
        '}',
        'resource "aws_security_group" "admin" {',
        '  description = "admin access"',
        '  ingress {',
        '    description = "ssh"',
        '    from_port   = 22',
        '    to_port     = 22',
        '    protocol    = "tcp"',
        '    cidr_blocks = [var.admin_cidr]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'open.tfvars'), 'admin_cidr = "0.0.0.0/0"\n');
    const ruleIds = async (args: string[]) => {
      const result = await run(['scan', '--format', 'json', '--fail-on', 'none', ...args], dir);
      return (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
    };
    expect(await ruleIds([])).not.toContain('aws-ec2-sg-ssh-open');
    expect(await ruleIds(['--var-file', 'open.tfvars'])).toContain('aws-ec2-sg-ssh-open');
    const missing = await run(['scan', '--var-file', 'nope.tfvars'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('variables file nope.tfvars does not exist');
  });

  it('lists the rules with scanner and platform', async () => {
    const result = await run(['rules', '--format', 'json']);
    const catalog = JSON.parse(result.stdout) as {
      rules: { id: string; scanner: string; platform: string }[];
    };
    const privileged = catalog.rules.find((rule) => rule.id === 'k8s-privileged-container');
    expect(privileged).toMatchObject({ scanner: 'iac', platform: 'kubernetes' });
    // The audit checks are loaded only by this command and the audits, and still listed.
    expect(catalog.rules.filter((rule) => rule.scanner === 'audit').length).toBeGreaterThan(100);
  });

  it('prints the version and the help', async () => {
    const version = await run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await run(['scan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on');
  });
});
