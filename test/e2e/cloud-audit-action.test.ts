import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTokenServer, type TokenServer } from '../helpers/aws-server/oidc-token-server';
import { startAzureServer, type AzureServer } from '../helpers/azure-server/server';
import { startGcpServer, type GcpServer } from '../helpers/gcp-server/server';
import { PullRequestWorld } from './harness/pull-request';
import { useAction } from './harness/run-action';

jest.setTimeout(240_000);

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0b7f6c2e-5a8d-4c1e-9f3a-6d2b8e4a1c90';
const SUBSCRIPTION = '3f2a9c1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c';
const SUBJECT = 'repo:acme/infra:pull_request';
const PROVIDER = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/acme';
const SERVICE_ACCOUNT = 'cloudgate-audit@security-tools.iam.gserviceaccount.com';
const STORAGE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/plainhttp`;

interface ReportFile {
  findings: { ruleId: string; resource: string; location: { kind: string; provider?: string } }[];
  notices: { kind: string; message: string }[];
}

describe('the cloud-audit action end to end for Azure and Google Cloud (composite action, bundled entry point, loopback clouds)', () => {
  let world: PullRequestWorld;
  let tokens: TokenServer;
  let work: string;

  beforeEach(async () => {
    world = await PullRequestWorld.create({
      base: { 'README.md': 'infra\n' },
      head: { 'README.md': 'infra!\n' },
    });
    tokens = await startTokenServer({ subject: SUBJECT, repository: 'acme/infra' });
    work = mkdtempSync(path.join(tmpdir(), 'cloudgate-audit-e2e-'));
  });
  afterEach(async () => {
    await Promise.all([world.close(), tokens.close()]);
    rmSync(work, { recursive: true, force: true });
  });

  const oidcEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
  });
  const report = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ReportFile;

  it('audits an Azure subscription over TLS with the OIDC token as client assertion, and fails the gate', async () => {
    const azure: AzureServer = await startAzureServer({
      seed: {
        subscriptions: [
          {
            id: SUBSCRIPTION,
            displayName: 'Production',
            resources: {
              [`/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Storage/storageAccounts`]: {
                value: [
                  {
                    id: STORAGE,
                    name: 'plainhttp',
                    type: 'Microsoft.Storage/storageAccounts',
                    location: 'westeurope',
                    properties: { supportsHttpsTrafficOnly: false },
                  },
                ],
              },
            },
          },
        ],
        expectations: [],
      },
      federated: {
        tenantId: TENANT,
        clientId: CLIENT,
        subject: SUBJECT,
        audience: 'api://AzureADTokenExchange',
      },
      githubKey: tokens.publicKey,
    });
    try {
      // The runner's Node trusts the loopback certificate the way a proxy's CA is trusted: NODE_EXTRA_CA_CERTS.
      const ca = path.join(work, 'loopback-ca.pem');
      writeFileSync(ca, azure.ca);
      const result = await useAction(
        'actions/cloud-audit',
        {
          provider: 'azure',
          'client-id': CLIENT,
          'tenant-id': TENANT,
          checks: 'azure-audit-storage-secure-transfer-disabled',
          'fail-on': 'high',
        },
        world.jobEnv({ ...oidcEnv(), NODE_EXTRA_CA_CERTS: ca, CLOUDGATE_AZURE_ENDPOINT_URL: azure.endpoint }),
        { token: world.token },
      );
      expect(result.code).toBe(1);
      expect(result.outputs.gate).toBe('failed');
      const findings = report(result.outputs['report-file']!).findings;
      expect(
        findings.map((finding) => [finding.ruleId, finding.resource, finding.location.provider]),
      ).toEqual([['azure-audit-storage-secure-transfer-disabled', STORAGE, 'azure']]);
      expect(result.summary).toContain('Azure compliance by subscription');
      expect(result.summary).toContain(`Subscription ${SUBSCRIPTION} (Production)`);
      expect(tokens.issued).toContain('api://AzureADTokenExchange');
      expect(world.server.state.sarifs).toHaveLength(1);
      // The GitHub token is masked (the runner hides what ::add-mask:: names) and no access token is logged.
      expect(azure.world.tokens.length).toBeGreaterThan(0);
      const logged = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      expect(result.stdout).toMatch(/^::add-mask::eyJ/m);
      expect(logged).not.toMatch(/eyJ[\w-]+\.eyJ/);
      expect(logged).not.toContain('azure-arm-');
    } finally {
      await azure.close();
    }
  });

  it('audits a Google Cloud project through workload identity federation and impersonation', async () => {
    const gcp: GcpServer = await startGcpServer({
      seed: {
        projects: [
          {
            projectId: 'shop-prod',
            projectNumber: '555000111222',
            resources: {
              'compute/v1/projects/shop-prod/global/firewalls': {
                items: [
                  {
                    name: 'allow-rdp',
                    direction: 'INGRESS',
                    sourceRanges: ['0.0.0.0/0'],
                    allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }],
                    selfLink:
                      'https://www.googleapis.com/compute/v1/projects/shop-prod/global/firewalls/allow-rdp',
                  },
                ],
              },
            },
          },
        ],
        expectations: [],
      },
      trust: { provider: PROVIDER, repository: 'acme/infra', serviceAccounts: [SERVICE_ACCOUNT] },
      githubKey: tokens.publicKey,
    });
    try {
      const result = await useAction(
        'actions/cloud-audit',
        {
          provider: 'gcp',
          'workload-identity-provider': PROVIDER,
          'service-account': SERVICE_ACCOUNT,
          checks: 'gcp-audit-firewall-admin-ports-open',
          'fail-on': 'critical',
        },
        world.jobEnv({ ...oidcEnv(), CLOUDGATE_GCP_ENDPOINT_URL: gcp.endpoint }),
        { token: world.token },
      );
      expect(result.code).toBe(1);
      const findings = report(result.outputs['report-file']!).findings;
      expect(findings.map((finding) => finding.ruleId)).toEqual(['gcp-audit-firewall-admin-ports-open']);
      expect(gcp.world.exchanges).toHaveLength(1);
      expect(tokens.issued).toContain(`https://iam.googleapis.com/${PROVIDER}`);
      expect(result.summary).toContain('Google Cloud compliance by project');
      expect(result.stdout).not.toContain('ya29.loopback');
      expect(
        result.stdout
          .split('\n')
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toMatch(/eyJ[\w-]+\.eyJ/);
    } finally {
      await gcp.close();
    }
  });

  it('skips the audit with a notice on a pull request from a fork, which gets no OIDC token', async () => {
    await world.close();
    world = await PullRequestWorld.create(
      { base: { 'README.md': 'a\n' }, head: { 'README.md': 'b\n' } },
      { fork: true },
    );
    const result = await useAction(
      'actions/cloud-audit',
      { provider: 'azure', 'client-id': CLIENT, 'tenant-id': TENANT, 'fail-on': 'low' },
      world.jobEnv(),
      { token: world.token },
    );
    expect(result.code).toBe(0);
    expect(result.outputs.gate).toBe('passed');
    const notices = report(result.outputs['report-file']!).notices;
    expect(notices.map((notice) => notice.message).join('\n')).toContain(
      'pull requests from forks no OIDC token',
    );
  });

  it('stops with what to fix when a required identity input is missing', async () => {
    const result = await useAction('actions/cloud-audit', { provider: 'gcp' }, world.jobEnv(oidcEnv()), {
      token: world.token,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('workload-identity-provider');
  });
});
