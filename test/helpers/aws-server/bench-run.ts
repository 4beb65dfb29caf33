// Entry point of scripts/bench-audit.mjs (bundled with ncc): audits a simulated organisation against the
// loopback endpoints with added latency and throttling, and prints what it cost.
import { auditAws } from '../../../src/scanners/cloud/aws/audit-aws';
import { SEED_NOW } from './seeds/builders';
import { AUDIT_ROLE } from './seeds/clean-account';
import { organization } from './seeds/organization';
import { startAwsServer } from './server';

const ALL_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
];

interface Scenario {
  name: string;
  accounts: number;
  regions: number;
  latencyMs: number;
  throttleRate: number;
  concurrency: number;
}

/** mulberry32, seeded, so throttling falls on the same calls from run to run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function runScenario(scenario: Scenario): Promise<Record<string, string | number>> {
  const regions = ALL_REGIONS.slice(0, Math.max(1, Math.min(scenario.regions, ALL_REGIONS.length)));
  const org = organization(Math.max(1, scenario.accounts), regions);
  const next = random(42);
  const server = await startAwsServer({
    accounts: org.accounts,
    organization: org.organization,
    clock: () => SEED_NOW,
    faults: {
      latencyMs: () => scenario.latencyMs * (0.5 + next()),
      throttle: () => next() < scenario.throttleRate,
    },
  });
  const management = org.accounts[0]!.staticKeys[0]!;
  const started = Date.now();
  try {
    const result = await auditAws({
      credentials: async () => ({
        accessKeyId: management.accessKeyId,
        secretAccessKey: management.secretAccessKey,
      }),
      homeRegion: regions[0]!,
      regions: 'all-enabled',
      ...(scenario.accounts > 1 ? { organizationRole: AUDIT_ROLE } : {}),
      connection: { endpoint: server.endpoint, maxAttempts: 8 },
      clock: () => SEED_NOW,
      concurrency: { accounts: scenario.concurrency },
    });
    const wall = Date.now() - started;
    const throttled = server.world.calls.filter((call) =>
      /thrott|limitexceeded|slowdown|toomany/i.test(call.code ?? ''),
    ).length;
    return {
      scenario: scenario.name,
      accounts: result.coverage.length,
      regions: regions.length,
      checks: result.report.stats.rulesRun,
      'latency ms': scenario.latencyMs,
      'throttle rate': scenario.throttleRate,
      'server requests': server.world.calls.length,
      'client calls': result.calls.calls,
      retries: result.calls.retries,
      'throttled answers': throttled,
      'not assessed': result.report.notices.filter(
        (notice) => notice.kind === 'not-assessed' && !notice.message.includes('assess its metric filters'),
      ).length,
      findings: result.report.findings.length,
      'wall s': Number((wall / 1000).toFixed(1)),
      'peak rss MiB': Math.round(process.memoryUsage().rss / 1048576),
    };
  } finally {
    await server.close();
  }
}

function option(args: string[], name: string): number | undefined {
  const index = args.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(args[index + 1]);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const custom = ['accounts', 'regions', 'latency', 'throttle', 'concurrency'].some((name) =>
    args.includes(`--${name}`),
  );
  const scenarios: Scenario[] = custom
    ? [
        {
          name: 'custom',
          accounts: option(args, 'accounts') ?? 20,
          regions: option(args, 'regions') ?? 6,
          latencyMs: option(args, 'latency') ?? 40,
          throttleRate: option(args, 'throttle') ?? 0.05,
          concurrency: option(args, 'concurrency') ?? 8,
        },
      ]
    : [
        {
          name: 'one account, all 17 regions, AWS-like latency',
          accounts: 1,
          regions: 17,
          latencyMs: 80,
          throttleRate: 0.02,
          concurrency: 1,
        },
        {
          name: 'organisation, 20 accounts x 6 regions',
          accounts: 20,
          regions: 6,
          latencyMs: 40,
          throttleRate: 0.05,
          concurrency: 8,
        },
      ];
  for (const scenario of scenarios) {
    const row = await runScenario(scenario);
    process.stdout.write(
      `${Object.entries(row)
        .map(([key, value]) => `${key}: ${value}`)
        .join('\n')}\n\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-audit failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
