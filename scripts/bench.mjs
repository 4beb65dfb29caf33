// Generates a synthetic tree of Kubernetes manifests under .bench/ and times a full scan through the
// built CLI: files/s, MiB/s, wall time and peak memory.
//
//   npm run bench                      # 10,000 files
//   npm run bench -- --files 2000
//   npm run bench -- --cli path/to/index.js   # another build of the CLI
//
// The tree is the same for the same --files (a seeded generator), so figures compare across runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, '.bench');
const treeDir = path.join(benchDir, 'tree');
const reportFile = path.join(benchDir, 'report.json');

function parseArgs(argv) {
  const options = { files: 10_000, cli: path.join(root, 'dist/cli/index.js') };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (arg === '--files' || arg.startsWith('--files=')) {
      options.files = Number(value);
      if (!arg.includes('=')) index++;
      if (!Number.isInteger(options.files) || options.files < 1)
        fail(`--files needs a positive whole number, got "${value}"`);
    } else if (arg === '--cli' || arg.startsWith('--cli=')) {
      options.cli = path.resolve(value ?? '');
      if (!arg.includes('=')) index++;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'Usage: npm run bench -- [--files N] [--cli FILE]   (default: 10000 files, dist/cli/index.js)\n',
      );
      process.exit(0);
    } else {
      fail(`unknown option "${arg}"; usage: npm run bench -- [--files N] [--cli FILE]`);
    }
  }
  return options;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

/** mulberry32: small, fast and seeded, so the same --files gives the same tree. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGEST = 'sha256:4f3c9e0a7b1d2c5e8f6a9b0c3d4e7f1a2b5c8d9e0f3a6b7c0d1e4f5a8b9c2d3e';

function container(name, secure, pick) {
  const image = secure
    ? `registry.example.com/${name}@${DIGEST}`
    : pick(['nginx:latest', `registry.example.com/${name}:1.4`, 'redis']);
  const lines = [
    `        - name: ${name}`,
    `          image: ${image}`,
    '          ports:',
    '            - containerPort: 8080',
  ];
  if (secure) {
    lines.push(
      '          securityContext:',
      '            allowPrivilegeEscalation: false',
      '            readOnlyRootFilesystem: true',
      '            runAsNonRoot: true',
      '            runAsUser: 10001',
      '            capabilities:',
      '              drop: [ALL]',
      '          resources:',
      '            requests: {cpu: 100m, memory: 128Mi}',
      '            limits: {cpu: 500m, memory: 256Mi}',
      '          livenessProbe:',
      '            httpGet: {path: /healthz, port: 8080}',
      '          readinessProbe:',
      '            httpGet: {path: /ready, port: 8080}',
    );
  } else {
    const flaws = pick([
      ['          securityContext:', '            privileged: true'],
      [
        '          securityContext:',
        '            runAsUser: 0',
        '            capabilities:',
        '              add: [NET_ADMIN, SYS_ADMIN]',
      ],
      ['          env:', '            - name: DB_PASSWORD', '              value: hunter2-not-a-real-secret'],
      [],
    ]);
    lines.push(...flaws);
  }
  return lines;
}

function workload(kind, name, namespace, secure, pick) {
  const podLines = [
    ...(secure
      ? [
          '      automountServiceAccountToken: false',
          '      securityContext:',
          '        seccompProfile: {type: RuntimeDefault}',
        ]
      : []),
    ...(!secure && pick([true, false, false]) ? ['      hostNetwork: true'] : []),
    '      containers:',
    ...container(name, secure, pick),
  ];
  const header = [
    `apiVersion: ${kind === 'CronJob' || kind === 'Job' ? 'batch/v1' : 'apps/v1'}`,
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
  ];
  if (secure || pick([true, false])) header.push(`  namespace: ${namespace}`);
  header.push('  labels:', `    app.kubernetes.io/name: ${name}`);
  const template = [
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${name}`,
    '    spec:',
    ...podLines,
  ];
  switch (kind) {
    case 'CronJob':
      return [
        ...header,
        'spec:',
        '  schedule: "*/15 * * * *"',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        ...template.map((line) => `    ${line}`),
      ];
    case 'Job':
      return [...header, 'spec:', '  backoffLimit: 2', '  template:', ...template];
    case 'DaemonSet':
      return [
        ...header,
        'spec:',
        '  selector:',
        '    matchLabels:',
        `      app.kubernetes.io/name: ${name}`,
        '  template:',
        ...template,
      ];
    default:
      return [
        ...header,
        'spec:',
        '  replicas: 3',
        '  selector:',
        '    matchLabels:',
        `      app.kubernetes.io/name: ${name}`,
        '  template:',
        ...template,
      ];
  }
}

function extras(name, namespace, secure, pick) {
  const documents = [];
  const type = secure ? 'ClusterIP' : pick(['ClusterIP', 'LoadBalancer', 'NodePort']);
  documents.push([
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'spec:',
    `  type: ${type}`,
    '  selector:',
    `    app.kubernetes.io/name: ${name}`,
    '  ports:',
    '    - port: 80',
    '      targetPort: 8080',
  ]);
  if (secure && pick([true, false])) {
    documents.push([
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata:',
      `  name: ${name}-default-deny`,
      `  namespace: ${namespace}`,
      'spec:',
      '  podSelector: {}',
      '  policyTypes: [Ingress, Egress]',
    ]);
  }
  if (!secure && pick([true, false, false, false])) {
    documents.push([
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata:',
      `  name: ${name}-operator`,
      `  namespace: ${namespace}`,
      'rules:',
      '  - apiGroups: ["*"]',
      '    resources: ["*"]',
      '    verbs: ["*"]',
    ]);
  }
  return documents;
}

function generate(count) {
  rmSync(treeDir, { recursive: true, force: true });
  const next = random(count);
  const pick = (choices) => choices[Math.floor(next() * choices.length)];
  let bytes = 0;
  let documents = 0;
  for (let index = 0; index < count; index++) {
    const team = `team-${String(Math.floor(index / 100)).padStart(3, '0')}`;
    const name = `svc-${String(index).padStart(5, '0')}`;
    const secure = next() < 0.5;
    const kind = pick([
      'Deployment',
      'Deployment',
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'CronJob',
      'Job',
    ]);
    const docs = [
      workload(kind, name, team, secure, pick),
      ...(next() < 0.8 ? extras(name, team, secure, pick) : []),
    ];
    const text = `# ${name}: generated by scripts/bench.mjs\n${docs.map((lines) => lines.join('\n')).join('\n---\n')}\n`;
    const dir = path.join(treeDir, team);
    if (index % 100 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}.yaml`), text);
    bytes += Buffer.byteLength(text);
    documents += docs.length;
  }
  return { bytes, documents };
}

/** Runs the scan and measures wall time and peak memory of the process that did it. */
function timeScan(cli) {
  const args = [cli, 'scan', treeDir, '--format', 'json', '--output', reportFile, '--fail-on', 'none'];
  const useTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(process.execPath, ['-e', rssWrapper(), ...args], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    fail(`the scan exited with ${result.status ?? result.signal}`);
  }
  const match = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
    : /cloudgate-bench-max-rss-kb=(\d+)/.exec(result.stderr);
  return {
    seconds,
    peakKiB: match ? Number(match[1]) : undefined,
    how: useTime ? '/usr/bin/time -v' : 'process.resourceUsage()',
  };
}

/** Without /usr/bin/time: run the CLI inside a node process that reports its own peak RSS on exit. */
function rssWrapper() {
  return [
    'const [cli, ...rest] = process.argv.slice(1);',
    'process.argv = [process.argv[0], cli, ...rest];',
    "process.on('exit', () => process.stderr.write(`cloudgate-bench-max-rss-kb=${process.resourceUsage().maxRSS}\\n`));",
    'require(cli);',
  ].join('\n');
}

const MiB = 1024 * 1024;
const options = parseArgs(process.argv.slice(2));
const generatedAt = Date.now();
const tree = generate(options.files);
process.stdout.write(
  `generated ${options.files} files, ${tree.documents} documents, ${(tree.bytes / MiB).toFixed(1)} MiB in ${path.relative(root, treeDir)} (${((Date.now() - generatedAt) / 1000).toFixed(1)} s)\n`,
);
if (!existsSync(options.cli)) {
  fail(
    `${path.relative(root, options.cli)} does not exist; run \`npm run build\` first, then \`npm run bench\` again`,
  );
}
const run = timeScan(options.cli);
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const stats = report.stats ?? {};
process.stdout.write(
  [
    `scanned ${stats.files} files, ${stats.resources} resources, ${stats.rulesRun} rules: ${report.findings?.length} findings, ${report.notices?.length} notices`,
    `total ${run.seconds.toFixed(2)} s (scan itself ${((stats.durationMs ?? 0) / 1000).toFixed(2)} s)`,
    `${(options.files / run.seconds).toFixed(0)} files/s, ${(tree.bytes / MiB / run.seconds).toFixed(2)} MiB/s`,
    `peak RSS ${run.peakKiB === undefined ? 'unknown' : `${(run.peakKiB / 1024).toFixed(0)} MiB`} (${run.how})`,
  ].join('\n') + '\n',
);
if (stats.files !== options.files)
  fail(`expected ${options.files} files to be scanned, the report says ${stats.files}`);
