// Measures the live audits against the loopback endpoints of the tests, with added latency: for AWS a
// simulated organisation of accounts and regions (with throttling), audited through the organisation role;
// for Azure and Google Cloud many subscriptions and projects, copies of the seeded ones. Prints, per
// scenario, the calls made, the retries, the throttled answers and the wall time.
//
//   node scripts/bench-audit.mjs                      # AWS: 1 account x 17 regions, 20 x 6; Azure, GCP: 20 each
//   node scripts/bench-audit.mjs --accounts 50 --regions 4 --latency 60 --throttle 0.1 --concurrency 8
//   node scripts/bench-audit.mjs --scopes 50          # Azure subscriptions and GCP projects
//
// The runners (test/helpers/aws-server/bench-run.ts, test/helpers/cloud-bench/bench-scopes.ts) are bundled
// with ncc into .bench/ first.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, '.bench', 'audit');
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

for (const arg of process.argv.slice(2)) {
  if (arg === '--help' || arg === '-h') {
    process.stdout.write('Usage: node scripts/bench-audit.mjs [--accounts N] [--regions N] [--latency MS] [--throttle RATE] [--concurrency N] [--scopes N]\n');
    process.exit(0);
  }
}
process.stderr.write('bench-audit: bundling the loopback endpoints and the audit...\n');
execFileSync(process.execPath, [ncc, 'build', 'test/helpers/aws-server/bench-run.ts', '-o', out, '--target', 'es2022', '--transpile-only', '-q'], { cwd: root, stdio: 'inherit' });
const scopes = path.join(root, '.bench', 'audit-scopes');
execFileSync(process.execPath, [ncc, 'build', 'test/helpers/cloud-bench/bench-scopes.ts', '-o', scopes, '--target', 'es2022', '--transpile-only', '-q'], { cwd: root, stdio: 'inherit' });
const argv = process.argv.slice(2);
const scopeArgs = argv.some((arg) => arg === '--scopes');
if (!scopeArgs || argv.some((arg) => ['--accounts', '--regions', '--throttle'].includes(arg)))
  execFileSync(process.execPath, ['--no-warnings', path.join(out, 'index.js'), ...argv.filter((_, i) => argv[i] !== '--scopes' && argv[i - 1] !== '--scopes')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, ['--no-warnings', path.join(scopes, 'index.js'), ...argv], { cwd: root, stdio: 'inherit' });
