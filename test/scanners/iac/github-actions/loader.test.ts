import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import {
  actions,
  stepOwners,
  workflows,
} from '../../../../src/scanners/iac/formats/github-actions/workflows';
import { GITHUB_ACTIONS_RULES } from '../../../../src/scanners/iac/rules/github-actions/index';

let root: string;

function write(relative: string, content: string): void {
  const absolute = path.join(root, relative);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cloudgate-gha-'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const CI = `name: CI
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  # unit tests
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7
      - name: Test
        run: npm test
  release:
    needs: test
    uses: ./.github/workflows/release.yml
`;

describe('github-actions loader', () => {
  it('claims workflows with one resource for the workflow and one per job', () => {
    write('.github/workflows/ci.yml', CI);
    const { model, report } = scanIac({ root, rules: [] });
    expect(report.notices).toEqual([]);
    expect(
      model.ofType('github-workflow').map((r) => [r.address, r.meta.triggers, r.platform, r.format]),
    ).toEqual([['workflow:ci', 'push,pull_request', 'github-actions', 'github-actions']]);
    expect(
      model.ofType('github-workflow-job').map((r) => [r.address, r.meta.job, r.range.startLine]),
    ).toEqual([
      ['workflow:ci/job:test', 'test', 10],
      ['workflow:ci/job:release', 'release', 16],
    ]);
    const [workflow] = workflows(model);
    expect([...workflow!.triggers.keys()]).toEqual(['push', 'pull_request']);
    expect(
      workflow!.jobs[0]!.steps.map((step) => [step.label, step.uses, step.run?.range.startLine]),
    ).toEqual([
      [
        'actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332',
        'actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332',
        undefined,
      ],
      ['Test', undefined, 15],
    ]);
  });

  it('claims action metadata files and exposes composite steps', () => {
    write(
      'actions/iac/action.yml',
      'name: IaC\ndescription: x\nruns:\n  using: composite\n  steps:\n    - run: node "$GITHUB_ACTION_PATH/index.js"\n      shell: bash\n',
    );
    write('action.yaml', 'name: Root\ndescription: x\nruns:\n  using: node20\n  main: dist/index.js\n');
    const { model } = scanIac({ root, rules: [] });
    expect(model.ofType('github-action').map((r) => [r.address, r.meta.using])).toEqual([
      ['action:.', 'node20'],
      ['action:actions/iac', 'composite'],
    ]);
    expect(actions(model).map((action) => action.steps.length)).toEqual([0, 1]);
    expect(stepOwners(model)).toHaveLength(2);
  });

  it('recognises workflows and actions outside .github by their shape, and leaves other YAML alone', () => {
    write(
      'examples/workflows/scan.yml',
      'on: pull_request\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
    );
    write('templates/lint/meta.yaml', 'name: Lint\nruns:\n  using: composite\n  steps: []\n');
    write('docker-compose.yml', 'services:\n  web:\n    image: nginx:1.27\n');
    write('config/jobs.yml', 'jobs:\n  nightly:\n    cron: "0 3 * * *"\n');
    const { model, report } = scanIac({ root, rules: [] });
    expect(model.resources.map((r) => r.address).sort()).toEqual([
      'action:templates/lint',
      'workflow:scan',
      'workflow:scan/job:scan',
    ]);
    expect(report.notices.filter((n) => n.kind === 'skipped').map((n) => n.path)).toEqual([
      'config/jobs.yml',
      'docker-compose.yml',
    ]);
  });

  it('keeps broken files under .github/workflows as notices instead of passing them on', () => {
    write('.github/workflows/broken.yml', 'on: push\njobs:\n  a: [\n');
    write('.github/workflows/notes.yml', 'title: not a workflow\n');
    const { model, report } = scanIac({ root, rules: [] });
    expect(model.resources).toEqual([]);
    expect(report.notices.map((n) => [n.kind, n.path])).toEqual([
      ['parse-error', '.github/workflows/broken.yml'],
      ['skipped', '.github/workflows/notes.yml'],
    ]);
    expect(report.notices[1]!.message).toContain('without `on` and `jobs`');
  });

  it('reads `on` also when a YAML 1.1 document turns the key into true', () => {
    write(
      '.github/workflows/old.yml',
      '%YAML 1.1\n---\non: [pull_request_target]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: []\n',
    );
    const { model } = scanIac({ root, rules: [] });
    expect([...workflows(model)[0]!.triggers.keys()]).toEqual(['pull_request_target']);
  });

  it('runs every rule over hostile workflows', () => {
    write(
      '.github/workflows/a.yml',
      `on: push\njobs:\n  a:\n    steps:\n      - run: "${'${{ github.event.issue.title '.repeat(50_000)}"\n`,
    );
    write(
      '.github/workflows/b.yml',
      `on: push\njobs:\n  a:\n    steps:\n      - run: "${'echo $X ; '.repeat(50_000)}"\n        env:\n          X: \${{ secrets.X }}\n`,
    );
    write(
      '.github/workflows/c.yml',
      `on: pull_request_target\njobs:\n  a:\n    steps:\n${'      - uses: actions/checkout@v4\n        with: {ref: "${{ github.head_ref }}"}\n      - run: make\n'.repeat(2_000)}`,
    );
    const { report } = scanIac({ root, rules: GITHUB_ACTIONS_RULES });
    expect(report.notices.filter((n) => n.kind === 'not-assessed')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'gha-untrusted-checkout')).toHaveLength(2_000);
  });
});
