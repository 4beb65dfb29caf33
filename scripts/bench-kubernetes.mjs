// The synthetic Kubernetes tree of `npm run bench -- --kind kubernetes`: one manifest file per
// service (a workload, usually a Service, sometimes a NetworkPolicy or a Role), half hardened.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

/** Writes `count` manifest files under `dir`; returns their total size and how many documents they hold. */
export function generateKubernetes(treeDir, count, next) {
  rmSync(treeDir, { recursive: true, force: true });
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
