import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describeLocation } from '../../../src/core/location';
import { runIacPipeline } from '../../../src/pipeline/iac-pipeline';

const ROOT = path.resolve(__dirname, '../../..');
const ACTIONS = [
  'action.yml',
  ...readdirSync(path.join(ROOT, 'actions')).map((name) => `actions/${name}/action.yml`),
];
const WORKFLOWS = [
  ...readdirSync(path.join(ROOT, 'examples/workflows')).map((name) => `examples/workflows/${name}`),
  ...readdirSync(path.join(ROOT, '.github/workflows')).map((name) => `.github/workflows/${name}`),
];

/** GitHub's own parser (@actions/workflow-parser), run in a child node: it is an ES module. */
function validate(
  files: { kind: 'action' | 'workflow'; file: string }[],
  cwd = ROOT,
): { file: string; errors: string[] }[] {
  const script = path.join(__dirname, 'validate-workflow-files.mjs');
  const output = execFileSync(
    process.execPath,
    [script, ...files.map(({ kind, file }) => `${kind}:${file}`)],
    { cwd, encoding: 'utf8' },
  );
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('action.yml files and workflows', () => {
  it("pass GitHub's own workflow parser without a single error", () => {
    const results = validate([
      ...ACTIONS.map((file) => ({ kind: 'action' as const, file })),
      ...WORKFLOWS.map((file) => ({ kind: 'workflow' as const, file })),
    ]);
    expect(results.map((result) => result.file).sort()).toEqual([...ACTIONS, ...WORKFLOWS].sort());
    expect(results.filter((result) => result.errors.length > 0)).toEqual([]);
    expect(WORKFLOWS.length).toBeGreaterThanOrEqual(6);
  });

  it('make the parser report errors it should (so the check above can fail)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-parser-'));
    writeFileSync(
      path.join(dir, 'action.yml'),
      'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ nosuch.value }}\n',
    );
    writeFileSync(path.join(dir, 'wf.yml'), 'on: push\njobs:\n  a:\n    steps: []\n');
    const results = validate(
      [
        { kind: 'action', file: 'action.yml' },
        { kind: 'workflow', file: 'wf.yml' },
      ],
      dir,
    );
    expect(results.map((result) => result.errors.length > 0)).toEqual([true, true]);
  });

  it('pin every third-party action by full commit SHA with a version comment', () => {
    for (const file of [...ACTIONS, ...WORKFLOWS]) {
      for (const line of readFileSync(path.join(ROOT, file), 'utf8').split('\n')) {
        const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!uses || uses[1]!.startsWith('./') || uses[1]!.startsWith('cloudgate-dev/cloudgate')) continue;
        expect([file, uses[1]!]).toEqual([file, expect.stringMatching(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)]);
        expect([file, uses[2]!]).toEqual([file, expect.stringMatching(/^\s+# v\d+\.\d+\.\d+$/)]);
      }
    }
  });

  it('pass inputs to scripts through env only, never as ${{ }} inside run:', () => {
    for (const file of ACTIONS) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const action = parse(text) as {
        inputs: Record<string, unknown>;
        runs: { steps: { run?: string; env?: Record<string, string> }[] };
      };
      const runSteps = action.runs.steps.filter((step) => step.run !== undefined);
      for (const step of runSteps)
        expect([file, step.run]).toEqual([file, expect.not.stringContaining('${{')]);
      const entry = runSteps.find((step) => /\bnode "\$GITHUB_ACTION_PATH\//.test(step.run!));
      expect([file, entry !== undefined]).toEqual([file, true]);
      const mapped = Object.values(entry!.env ?? {}).join('\n');
      // An input the script does not get must at least be used by another step of the action.
      const steps = text.slice(text.indexOf('\nruns:'));
      for (const name of Object.keys(action.inputs)) {
        const used =
          mapped.includes(`inputs.${name}`) ||
          new RegExp(`inputs\\.${name.replace(/-/g, '\\-')}(?![\\w-])`).test(steps);
        expect([file, name, used]).toEqual([file, name, true]);
      }
    }
  });

  it("pass cloudgate's own IaC rules (examples must be safe to copy)", () => {
    const { report } = runIacPipeline({
      root: ROOT,
      paths: ['.github', 'action.yml', 'actions', 'examples/workflows'],
    });
    const active = report.findings.filter((finding) => !finding.suppression);
    expect(
      active.map((finding) => `${finding.ruleId} ${describeLocation(finding.location)}: ${finding.message}`),
    ).toEqual([]);
    const suppressed = report.findings.filter((finding) => finding.suppression);
    expect(suppressed.every((finding) => finding.ruleId === 'gha-action-not-pinned')).toBe(true);
    expect(report.stats.files).toBeGreaterThanOrEqual(ACTIONS.length + WORKFLOWS.length);
  });
});
