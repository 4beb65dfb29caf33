// Measures the live AWS audit against the loopback AWS endpoints of the tests, with added latency and
// throttling: a simulated organisation of accounts and regions, audited through the organisation role.
// Prints, per scenario, the calls made, the retries, the throttled answers and the wall time.
//
//   node scripts/bench-audit.mjs                      # two scenarios: 1 account x 17 regions, 20 x 6
//   node scripts/bench-audit.mjs --accounts 50 --regions 4 --latency 60 --throttle 0.1 --concurrency 8
//
// The runner (test/helpers/aws-server/bench-run.ts) is bundled with ncc into .bench/audit first.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, '.bench', 'audit');
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

for (const arg of process.argv.slice(2)) {
  if (arg === '--help' || arg === '-h') {
    process.stdout.write('Usage: node scripts/bench-audit.mjs [--accounts N] [--regions N] [--latency MS] [--throttle RATE] [--concurrency N]\n');
    process.exit(0);
  }
}
process.stderr.write('bench-audit: bundling the loopback endpoints and the audit...\n');
execFileSync(process.execPath, [ncc, 'build', 'test/helpers/aws-server/bench-run.ts', '-o', out, '--target', 'es2022', '--transpile-only', '-q'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, ['--no-warnings', path.join(out, 'index.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
