// Entry point of scripts/bench-audit.mjs for Azure and Google Cloud (bundled with ncc): audits many
// subscriptions and projects, each a copy of the seeded ones, against the loopback endpoints with added
// latency, through the real SDKs and client libraries, and prints what it cost.
import { Agent } from 'node:https';
import { auditAzure } from '../../../src/scanners/cloud/azure/audit-azure';
import { azureOidcCredential } from '../../../src/scanners/cloud/azure/azure-credential';
import { auditGcp } from '../../../src/scanners/cloud/gcp/audit-gcp';
import { gcpOidcCredential } from '../../../src/scanners/cloud/gcp/gcp-credential';
import { startTokenServer, type TokenServer } from '../aws-server/oidc-token-server';
import { azureTenant } from '../azure-server/seeds/azure-tenant';
import { startAzureServer } from '../azure-server/server';
import type { SubscriptionSeed } from '../azure-server/world';
import { cleanProject } from '../gcp-server/seeds/clean-project';
import { insecureSeed } from '../gcp-server/seeds/insecure-project';
import { startGcpServer } from '../gcp-server/server';
import type { ProjectSeed } from '../gcp-server/world';

const SUBJECT = 'repo:octo-org/platform:ref:refs/heads/main';
const PROVIDER = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/octo-org';
const SERVICE_ACCOUNT = 'cloudgate-audit@security-tools.iam.gserviceaccount.com';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '0b7f6c2e-5a8d-4c1e-9f3a-6d2b8e4a1c90';

interface Options {
  scopes: number;
  latency: number;
  concurrency: number;
}

function options(): Options {
  const read = (name: string, fallback: number) => {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 ? Number(process.argv[index + 1]) : fallback;
  };
  return { scopes: read('scopes', 20), latency: read('latency', 40), concurrency: read('concurrency', 4) };
}

/** mulberry32, seeded, so latency falls the same way from run to run. */
function jitter(base: number): () => number {
  let state = 42;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return base * (0.5 + unit);
  };
}

function idToken(tokens: TokenServer) {
  return async (audience: string) => {
    const response = await fetch(`${tokens.requestUrl}&audience=${encodeURIComponent(audience)}`, {
      headers: { authorization: `bearer ${tokens.requestToken}` },
    });
    return ((await response.json()) as { value: string }).value;
  };
}

function hex(index: number): string {
  return index.toString(16).padStart(12, '0');
}

async function benchAzure(settings: Options): Promise<string> {
  const tenant = azureTenant();
  const subscriptions: SubscriptionSeed[] = [];
  for (let index = 0; index < settings.scopes; index++) {
    const template = tenant.subscriptions[index % tenant.subscriptions.length]!;
    const id = `00000000-0000-4000-8000-${hex(index)}`;
    subscriptions.push({
      ...(JSON.parse(JSON.stringify(template).replaceAll(template.id, id)) as SubscriptionSeed),
      displayName: `Subscription ${index}`,
    });
  }
  const tokens = await startTokenServer({ subject: SUBJECT });
  const server = await startAzureServer({
    seed: { ...tenant, subscriptions },
    federated: {
      tenantId: TENANT,
      clientId: CLIENT,
      subject: SUBJECT,
      audience: 'api://AzureADTokenExchange',
    },
    githubKey: tokens.publicKey,
    latencyMs: jitter(settings.latency),
  });
  const agent = new Agent({ ca: server.ca, keepAlive: true });
  const connection = { endpoint: server.endpoint, agent };
  try {
    const started = Date.now();
    const result = await auditAzure({
      credential: azureOidcCredential({
        tenantId: TENANT,
        clientId: CLIENT,
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
        },
        getIdToken: idToken(tokens),
        connection,
      }),
      subscriptionIds: [],
      connection,
      concurrency: settings.concurrency,
    });
    const seconds = (Date.now() - started) / 1000;
    const calls = server.world.calls.length;
    return `Azure: ${settings.scopes} subscriptions, ${calls} ARM/Graph calls, ${server.world.tokens.length} tokens, ${result.report.findings.length} findings, ${result.report.stats.resources} resources read, ${seconds.toFixed(1)} s`;
  } finally {
    agent.destroy();
    await Promise.all([server.close(), tokens.close()]);
  }
}

async function benchGcp(settings: Options): Promise<string> {
  const insecure = insecureSeed().projects[0]!;
  const projects: ProjectSeed[] = [];
  for (let index = 0; index < settings.scopes; index++) {
    const id = `bench-project-${index}`;
    projects.push(
      index % 2 === 0
        ? cleanProject(id, String(700000000000 + index))
        : (JSON.parse(JSON.stringify(insecure).replaceAll(insecure.projectId, id)) as ProjectSeed),
    );
  }
  const tokens = await startTokenServer({ subject: SUBJECT, repository: 'octo-org/platform' });
  const server = await startGcpServer({
    seed: { projects, expectations: [] },
    trust: { provider: PROVIDER, repository: 'octo-org/platform', serviceAccounts: [SERVICE_ACCOUNT] },
    githubKey: tokens.publicKey,
    latencyMs: jitter(settings.latency),
  });
  try {
    const started = Date.now();
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
    };
    const result = await auditGcp({
      credential: gcpOidcCredential({
        workloadIdentityProvider: PROVIDER,
        serviceAccount: SERVICE_ACCOUNT,
        env,
        getIdToken: idToken(tokens),
        connection: { endpoint: server.endpoint },
      }),
      projectIds: [],
      connection: { endpoint: server.endpoint },
      concurrency: settings.concurrency,
    });
    const seconds = (Date.now() - started) / 1000;
    return `Google Cloud: ${settings.scopes} projects, ${server.world.calls.length} API calls, ${server.world.exchanges.length} token exchanges, ${result.report.findings.length} findings, ${result.report.stats.resources} resources read, ${seconds.toFixed(1)} s`;
  } finally {
    await Promise.all([server.close(), tokens.close()]);
  }
}

async function main(): Promise<void> {
  const settings = options();
  process.stdout.write(
    `Azure and Google Cloud audits, ${settings.scopes} scopes each, ${settings.latency} ms ± 50 % latency, ${settings.concurrency} scopes at a time:\n`,
  );
  process.stdout.write(`  ${await benchAzure(settings)}\n`);
  process.stdout.write(`  ${await benchGcp(settings)}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
