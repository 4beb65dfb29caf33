import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Notice } from '../../../src/core/notice';
import type { Report } from '../../../src/core/report';
import { PARSE_LIMITS } from '../../../src/scanners/iac/parsers/parse-limits';
import { scanIac, type IacScanOptions } from '../../../src/scanners/iac/scan-iac';

/**
 * Every case puts one hostile file next to a normal, insecure manifest: the hostile
 * file must become a notice (kind, path, reason) and the normal file must still give
 * its finding. How long such input takes is measured by `npm run bench -- --kind hostile`,
 * never asserted here.
 */
const GOOD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.4.2
          securityContext:
            privileged: true
`;

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cloudgate-hostile-'));
  outside = mkdtempSync(path.join(tmpdir(), 'cloudgate-outside-'));
  writeFileSync(path.join(root, 'good.yaml'), GOOD);
});
afterEach(() => {
  chmodSync(root, 0o755);
  if (existsSync(path.join(root, 'locked'))) chmodSync(path.join(root, 'locked'), 0o755);
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function write(relative: string, content: string | Buffer): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function scan(options: Partial<IacScanOptions> = {}): Report {
  return scanIac({ root, today: new Date('2025-05-10T00:00:00Z'), ...options }).report;
}

function expectGoodFinding(report: Report): void {
  expect(report.findings).toContainEqual(
    expect.objectContaining({
      ruleId: 'k8s-privileged-container',
      resource: 'Deployment/shop/web',
      location: expect.objectContaining({ path: 'good.yaml' }),
    }),
  );
}

function expectNotice(
  report: Report,
  expected: { kind: Notice['kind']; path: string; message: RegExp; line?: number; column?: number },
) {
  const { message, ...rest } = expected;
  expect(report.notices).toContainEqual(
    expect.objectContaining({ ...rest, message: expect.stringMatching(message) }),
  );
}

function findingsIn(report: Report, file: string) {
  return report.findings.filter(
    (finding) => finding.location.kind === 'file' && finding.location.path === file,
  );
}

function aliasBomb(levels: number): string {
  const lines = [`l0: &l0 [${Array(9).fill('"lol"').join(', ')}]`];
  for (let level = 1; level <= levels; level++) {
    lines.push(
      `l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n');
}

describe('hostile input becomes notices while the rest of the tree is scanned', () => {
  it('invalid YAML: a notice with line and column, and the intact documents of the same stream still scanned', () => {
    write(
      'broken.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  key: [unclosed, list\n',
    );
    write(
      'mixed.yaml',
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ok, namespace: shop}\nspec:\n  containers:\n    - name: c\n      image: registry.example.com/c:1\n      securityContext: {privileged: true}\n---\nkind: Pod\napiVersion: v1\nmetadata: "unterminated\n`,
    );
    const report = scan();
    expectNotice(report, {
      kind: 'parse-error',
      path: 'broken.yaml',
      line: 7,
      column: 1,
      message: /^invalid YAML: /,
    });
    // The parser places a missing quote where the text ends.
    expectNotice(report, {
      kind: 'parse-error',
      path: 'mixed.yaml',
      line: 13,
      column: 1,
      message: /^invalid YAML: Missing closing "quote$/,
    });
    expect(findingsIn(report, 'mixed.yaml').map((finding) => finding.resource)).toContain('Pod/shop/ok');
    expectGoodFinding(report);
  });

  it('YAML that is not Kubernetes: skipped with a notice saying nothing recognised it', () => {
    write('chart/values.yaml', 'replicaCount: 2\nimage:\n  repository: nginx\n  tag: stable\n');
    const report = scan();
    expectNotice(report, { kind: 'skipped', path: 'chart/values.yaml', message: /no scanner recognises/ });
    expectGoodFinding(report);
  });

  it('a 50 MB file: refused by its size before it is read', () => {
    const line = Buffer.from('- {name: filler, value: "0123456789abcdef"}\n');
    const size = 50 * 1024 * 1024;
    const big = Buffer.alloc(size);
    for (let offset = 0; offset < size; offset += line.length) line.copy(big, offset);
    write('huge.yaml', big);
    const report = scan();
    expectNotice(report, {
      kind: 'skipped',
      path: 'huge.yaml',
      message: /^file is 50\.0 MiB, over the 8\.0 MiB limit; not scanned$/,
    });
    expectGoodFinding(report);
  });

  it('a billion-laughs alias bomb (nine levels), in a Kubernetes object and in plain YAML', () => {
    write(
      'bomb.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: laughs\ndata:\n  ${aliasBomb(9).split('\n').join('\n  ')}\n`,
    );
    write('bomb-plain.yaml', `${aliasBomb(9)}\n`);
    const report = scan();
    for (const file of ['bomb.yaml', 'bomb-plain.yaml']) {
      expectNotice(report, {
        kind: 'skipped',
        path: file,
        message: /^not scanned: the document expands to more than .* nodes \(an alias bomb/,
      });
    }
    expectGoodFinding(report);
  });

  it('10,000-deep nesting in flow style ([[[[...) and block style (- - - -, and by indentation)', () => {
    const depth = 10_000;
    write('deep-flow.yaml', `${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    write(
      'deep-flow-map.json',
      `{"apiVersion": "v1", "kind": "ConfigMap", "data": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth + 1)}\n`,
    );
    write(
      'deep-k8s.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
    );
    write('deep-block.yaml', `${'- '.repeat(depth)}leaf\n`);
    // Indentation grows the file quadratically; 2,000 levels already take 2 MB.
    write(
      'deep-indent.yaml',
      Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n') + ' leaf\n',
    );
    const report = scan();
    const tooDeep = new RegExp(`^not scanned: nesting is deeper than ${PARSE_LIMITS.maxDepth} levels$`);
    for (const file of [
      'deep-flow.yaml',
      'deep-flow-map.json',
      'deep-k8s.yaml',
      'deep-block.yaml',
      'deep-indent.yaml',
    ]) {
      expectNotice(report, { kind: 'skipped', path: file, message: tooDeep });
    }
    expectGoodFinding(report);
  });

  it('nesting far beyond the limit (4 million levels in 8 MB) is refused in linear time', () => {
    write('abyss.yaml', '['.repeat(4_000_000));
    write('abyss-block.yaml', '- '.repeat(3_000_000));
    const report = scan();
    expectNotice(report, { kind: 'skipped', path: 'abyss.yaml', message: /nesting is deeper than/ });
    expectNotice(report, { kind: 'skipped', path: 'abyss-block.yaml', message: /nesting is deeper than/ });
    expectGoodFinding(report);
  });

  it('brackets and dashes inside strings, comments and block scalars are not nesting: such a file is scanned', () => {
    const brackets = '['.repeat(600);
    write(
      'script.yaml',
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: scripts',
        `  annotations: {note: "${brackets}", other: '${'{'.repeat(600)}'}`,
        `# ${brackets}`,
        'data:',
        '  run.sh: |',
        `    echo "${brackets}"`,
        `    ${'- '.repeat(600)}`,
        `${' '.repeat(300)}# a comment indented far to the right`,
        '  plain: a [ b { c',
        '',
      ].join('\n'),
    );
    const report = scan();
    expect(report.notices.filter((notice) => notice.path === 'script.yaml')).toEqual([]);
    expect(report.stats.resources).toBe(2);
    expectGoodFinding(report);
  });

  it('binary junk with a .yaml name, with and without NUL bytes', () => {
    const junk = randomBytes(64 * 1024);
    junk[100] = 0;
    write('junk.yaml', junk);
    write('junk-text.yaml', Buffer.from(randomBytes(16 * 1024).map((byte) => byte || 1)));
    const report = scan();
    expectNotice(report, {
      kind: 'skipped',
      path: 'junk.yaml',
      message: /^binary content in a text format; not scanned$/,
    });
    expect(report.notices.some((notice) => notice.path === 'junk-text.yaml')).toBe(true);
    expectGoodFinding(report);
  });

  it('symbolic link loops: two links pointing at each other, a link to itself, a folder link to its parent', () => {
    symlinkSync('loop-b.yaml', path.join(root, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', path.join(root, 'loop-b.yaml'));
    symlinkSync('self.yaml', path.join(root, 'self.yaml'));
    mkdirSync(path.join(root, 'nested'));
    symlinkSync('..', path.join(root, 'nested', 'up'));
    const report = scan();
    for (const file of ['loop-a.yaml', 'loop-b.yaml', 'self.yaml']) {
      expectNotice(report, {
        kind: 'skipped',
        path: file,
        message: /^broken or looping symbolic link \(too many levels of symbolic links\)$/,
      });
    }
    expectNotice(report, {
      kind: 'skipped',
      path: 'nested/up',
      message: /^symbolic link to a folder \(the scan root\); not followed$/,
    });
    expectGoodFinding(report);
    expect(findingsIn(report, 'nested/up/good.yaml')).toEqual([]);
  });

  it('a symbolic link to a file outside the root is not followed', () => {
    const secret = path.join(outside, 'elsewhere.yaml');
    writeFileSync(secret, GOOD.replace('name: web', 'name: elsewhere'));
    symlinkSync(secret, path.join(root, 'elsewhere.yaml'));
    const report = scan();
    expectNotice(report, {
      kind: 'skipped',
      path: 'elsewhere.yaml',
      message: /^symbolic link points outside the scan root; not followed$/,
    });
    expect(report.findings.filter((finding) => finding.resource.includes('elsewhere'))).toEqual([]);
    expectGoodFinding(report);
  });

  it('a symbolic link to a folder is not followed; a link to a file inside the root counts once, under its real path', () => {
    write('apps/api.yaml', GOOD.replace('name: web', 'name: api'));
    symlinkSync('apps', path.join(root, 'apps-link'));
    symlinkSync('good.yaml', path.join(root, 'another-name.yaml'));
    const report = scan();
    expectNotice(report, {
      kind: 'skipped',
      path: 'apps-link',
      message: /^symbolic link to a folder \(apps\); not followed$/,
    });
    expect(
      findingsIn(report, 'apps/api.yaml').filter((finding) => finding.ruleId === 'k8s-privileged-container'),
    ).toHaveLength(1);
    expect(findingsIn(report, 'apps-link/api.yaml')).toEqual([]);
    expect(findingsIn(report, 'another-name.yaml')).toEqual([]);
    expect(
      findingsIn(report, 'good.yaml').filter((finding) => finding.ruleId === 'k8s-privileged-container'),
    ).toHaveLength(1);
    expectGoodFinding(report);
  });

  it('an unreadable file and folder (chmod 000; as root, which ignores file modes, the scan runs under an unprivileged effective uid)', () => {
    chmodSync(root, 0o755);
    chmodSync(write('secret.yaml', GOOD.replace('name: web', 'name: secret')), 0o000);
    write('locked/inner.yaml', GOOD.replace('name: web', 'name: inner'));
    chmodSync(path.join(root, 'locked'), 0o000);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) process.seteuid!(65534);
    let report: Report;
    try {
      report = scan();
    } finally {
      if (asRoot) process.seteuid!(0);
    }
    expectNotice(report, {
      kind: 'skipped',
      path: 'secret.yaml',
      message: /^permission denied; not scanned$/,
    });
    expect(report.findings.filter((finding) => /secret|inner/.test(finding.resource))).toEqual([]);
    expectGoodFinding(report);
  });

  it('a FIFO, found by the walk, named explicitly, or behind a link: a notice, and no hang', () => {
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    symlinkSync('pipe.yaml', path.join(root, 'pipe-link.yaml'));
    const report = scan();
    expectNotice(report, {
      kind: 'skipped',
      path: 'pipe.yaml',
      message: /^not a regular file \(FIFO, socket or device\)$/,
    });
    expectNotice(report, {
      kind: 'skipped',
      path: 'pipe-link.yaml',
      message: /^symbolic link to something that is not a regular file/,
    });
    expectGoodFinding(report);
    const explicit = scan({ paths: ['pipe.yaml', 'good.yaml'] });
    expectNotice(explicit, { kind: 'skipped', path: 'pipe.yaml', message: /^not a regular file/ });
    expectGoodFinding(explicit);
  });

  it('a legitimate 12,000-object JSON List, pretty-printed and minified, is scanned in full', () => {
    const items = Array.from({ length: 12_000 }, (_, index) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `pod-${index}`, namespace: 'batch' },
      spec: {
        containers: [
          {
            name: 'main',
            image: 'registry.example.com/batch:3.1',
            securityContext: { privileged: index % 4 === 0 },
          },
        ],
      },
    }));
    write('pods.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 1));
    write('pods.min.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items }));
    const report = scan();
    for (const file of ['pods.json', 'pods.min.json']) {
      const privileged = findingsIn(report, file).filter(
        (finding) => finding.ruleId === 'k8s-privileged-container',
      );
      expect(privileged).toHaveLength(3000);
      expect(new Set(privileged.map((finding) => finding.fingerprint)).size).toBe(3000);
      expect(report.notices.filter((notice) => notice.path === file)).toEqual([]);
    }
    expect(report.stats.resources).toBeGreaterThanOrEqual(24_001);
    expectGoodFinding(report);
  });

  it('20,000 aliases to one small anchor are resolved within the node budget', () => {
    const aliases = Array.from({ length: 20_000 }, () => '    - *sidecar').join('\n');
    write(
      'aliases.yaml',
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\n  namespace: shop\nspec:\n  initContainers:\n    - &sidecar\n      name: sidecar\n      image: registry.example.com/sidecar:1.0\n      securityContext: {privileged: true}\n  containers:\n${aliases}\n`,
    );
    const report = scan();
    expect(report.notices.filter((notice) => notice.path === 'aliases.yaml')).toEqual([]);
    const privileged = findingsIn(report, 'aliases.yaml').filter(
      (finding) => finding.ruleId === 'k8s-privileged-container',
    );
    expect(privileged).toHaveLength(20_001);
    expect(new Set(privileged.map((finding) => finding.fingerprint)).size).toBe(20_001);
    expectGoodFinding(report);
  });

  it('all of it in one tree at once', () => {
    write('broken.yaml', 'kind: Pod\napiVersion: v1\nmetadata: [\n');
    write('bomb.yaml', aliasBomb(9));
    write('deep.yaml', '['.repeat(10_000));
    write('junk.yaml', Buffer.from([0, 1, 2, 3, 255, 254]));
    symlinkSync('loop.yaml', path.join(root, 'loop.yaml'));
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const report = scan();
    const flagged = new Set(report.notices.map((notice) => notice.path));
    for (const file of ['broken.yaml', 'bomb.yaml', 'deep.yaml', 'junk.yaml', 'loop.yaml', 'pipe.yaml']) {
      expect(flagged).toContain(file);
    }
    expectGoodFinding(report);
  });
});

describe('explicitly named paths', () => {
  it('scans a folder named explicitly even when .gitignore or an exclude covers it, keeping the patterns inside it', () => {
    write('.gitignore', 'generated/\n');
    write('generated/app.yaml', GOOD.replace('name: web', 'name: generated'));
    write('generated/.gitignore', 'skip-me.yaml\n');
    write('generated/skip-me.yaml', GOOD.replace('name: web', 'name: skipped'));
    write('vendor/lib.yaml', GOOD.replace('name: web', 'name: vendored'));
    const whole = scan({ exclude: ['vendor/'] });
    expect(whole.findings.filter((finding) => /generated|vendored/.test(finding.resource))).toEqual([]);
    const named = scan({
      paths: ['generated', 'vendor', 'good.yaml'],
      exclude: ['vendor/'],
    });
    const resources = new Set(named.findings.map((finding) => finding.resource));
    expect([...resources].sort()).toEqual([
      'Deployment/shop/generated',
      'Deployment/shop/vendored',
      'Deployment/shop/web',
    ]);
  });
});
