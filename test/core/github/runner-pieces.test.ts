import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { planAnnotations } from '../../../src/core/github/annotations';
import { readGitHubContext, tokenIsReadOnly } from '../../../src/core/github/context';
import { DiffIndex, parsePatch } from '../../../src/core/github/diff';
import { publishTarget } from '../../../src/core/github/gate-and-publish';
import { fitJobSummary, JOB_SUMMARY_MAX_BYTES } from '../../../src/core/github/job-summary';
import { parseRunContext } from '../../../src/core/github/run-context';
import { createRunnerIO } from '../../../src/core/github/runner-io';
import { buildSuggestion } from '../../../src/core/github/suggestion';
import { readOutputFile, workflowCommands } from '../../e2e/harness/runner-files';
import { fileFinding, PRIVILEGED_META } from './report-fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-runner-'));
const SHA1 = '1'.repeat(40);
const SHA2 = '2'.repeat(40);

function contextFor(payload: unknown, env: Record<string, string> = {}) {
  const event = path.join(dir, `event-${Math.random()}.json`);
  writeFileSync(event, JSON.stringify(payload));
  return readGitHubContext({
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: SHA1,
    GITHUB_REF: 'refs/pull/9/merge',
    ...env,
  });
}

const pullPayload = (headRepo: string | null) => ({
  pull_request: {
    number: 9,
    head: { sha: SHA2, ref: 'f', repo: headRepo === null ? null : { full_name: headRepo } },
    base: { sha: SHA1, ref: 'main', repo: { full_name: 'acme/infra' } },
  },
});

describe('the runner environment', () => {
  it('recognises a pull request from a fork (and a deleted fork) as read-only, and a same-repository one as writable', () => {
    expect(tokenIsReadOnly(contextFor(pullPayload('acme/infra')))).toBe(false);
    expect(tokenIsReadOnly(contextFor(pullPayload('someone/infra')))).toBe(true);
    expect(tokenIsReadOnly(contextFor(pullPayload(null)))).toBe(true);
    expect(tokenIsReadOnly(contextFor(pullPayload('acme/infra'), { GITHUB_ACTOR: 'dependabot[bot]' }))).toBe(
      true,
    );
    expect(
      tokenIsReadOnly(contextFor(pullPayload('someone/infra'), { GITHUB_EVENT_NAME: 'pull_request_target' })),
    ).toBe(false);
  });

  it("sends a pull_request run's SARIF to the merge ref and anything else about a pull request to its head", () => {
    const own = publishTarget(contextFor(pullPayload('acme/infra')));
    expect([own.commitSha, own.ref]).toEqual([SHA1, 'refs/pull/9/merge']);
    const trusted = publishTarget(
      contextFor({}, { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REF: 'refs/heads/main' }),
      { number: 9, headSha: SHA2, baseSha: SHA1 },
    );
    expect([trusted.commitSha, trusted.ref, trusted.readOnlyReason]).toEqual([
      SHA2,
      'refs/pull/9/head',
      undefined,
    ]);
    expect(publishTarget(contextFor(pullPayload('x/y'))).readOnlyReason).toMatch(/fork/);
  });

  it('refuses to run outside a workflow with a clear message', () => {
    expect(() => readGitHubContext({})).toThrow(/GITHUB_REPOSITORY is not set/);
  });

  it("writes outputs in the runner's multi-line format and escapes workflow commands", () => {
    const output = path.join(dir, 'output');
    writeFileSync(output, '');
    const lines: string[] = [];
    const io = createRunnerIO({ GITHUB_OUTPUT: output }, (text) => void lines.push(text));
    io.setOutput('report-file', '/runner/a b/report.json');
    io.setOutput('multi', 'one\ntwo');
    io.annotate({
      level: 'warning',
      message: '50% done\nnext',
      file: 'a,b:c.yaml',
      startLine: 3,
      title: 'T',
    });
    expect(readOutputFile(output)).toEqual({ 'report-file': '/runner/a b/report.json', multi: 'one\ntwo' });
    expect(lines[0]).toBe('::warning title=T,file=a%2Cb%3Ac.yaml,line=3::50%25 done%0Anext\n');
    expect(workflowCommands(lines.join(''))[0]).toEqual({
      command: 'warning',
      properties: { title: 'T', file: 'a,b:c.yaml', line: '3' },
      message: '50% done\nnext',
    });
  });

  it('keeps the job summary under 1 MiB with a note', () => {
    const huge = `${'row of a very long table\n'.repeat(60_000)}`;
    const fitted = fitJobSummary(huge);
    expect(Buffer.byteLength(fitted)).toBeLessThan(JOB_SUMMARY_MAX_BYTES);
    expect(fitted).toContain('The summary was cut');
    expect(fitJobSummary('small')).toBe('small');
  });

  it('annotates at most 10 findings per level, in changed files, most severe first', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => fileFinding('k8s/a.yaml', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => fileFinding('k8s/a.yaml', i + 1, { severity: 'medium' })),
      fileFinding('other.yaml', 1),
    ];
    const diff = new DiffIndex([parsePatch('k8s/a.yaml', '@@ -0,0 +1,20 @@\n' + '+x\n'.repeat(20))]);
    const plan = planAnnotations(findings, new Map([[PRIVILEGED_META.id, PRIVILEGED_META]]), diff);
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(plan.annotations.every((a) => a.file === 'k8s/a.yaml')).toBe(true);
    expect(plan.omitted).toBe(2);
  });

  it('reads a context file strictly', () => {
    const good = {
      schema: 'cloudgate.context/v1',
      repository: 'acme/infra',
      pullRequest: { number: 4, headSha: SHA2, baseSha: SHA1 },
      baseFingerprints: ['ab12cd34ef56ab12'],
    };
    expect(parseRunContext(JSON.stringify(good), 'x')).toEqual({
      repository: 'acme/infra',
      pullRequest: good.pullRequest,
      baseFingerprints: good.baseFingerprints,
    });
    for (const bad of [
      { ...good, schema: 'other' },
      { ...good, repository: 'acme/infra; rm -rf /' },
      { ...good, pullRequest: { ...good.pullRequest, number: -1 } },
      { ...good, pullRequest: { ...good.pullRequest, headSha: 'HEAD' } },
      { ...good, baseFingerprints: ['<script>'] },
    ]) {
      expect(() => parseRunContext(JSON.stringify(bad), 'artifact/cloudgate-context.json')).toThrow(
        /artifact\/cloudgate-context.json is not a valid cloudgate context file/,
      );
    }
  });
});

describe('suggestions', () => {
  const lines = ['a: 1', '    privileged: true', 'c: 3', 'd: 4'];
  const diff = new DiffIndex([
    parsePatch('f.yaml', '@@ -1,2 +1,4 @@\n a: 1\n+    privileged: true\n+c: 3\n d: 4'),
  ]);
  const withFix = (
    edits: {
      startLine: number;
      startColumn: number;
      endLine: number;
      endColumn: number;
      replacement: string;
    }[],
  ) =>
    fileFinding('f.yaml', 2, {
      fix: {
        description: 'fix',
        edits: edits.map(({ replacement, ...range }) => ({ path: 'f.yaml', range, replacement })),
      },
    });

  it('rewrites whole lines with the edits applied', () => {
    expect(
      buildSuggestion(
        withFix([{ startLine: 2, startColumn: 17, endLine: 2, endColumn: 21, replacement: 'false' }]),
        diff,
        () => lines,
      ),
    ).toEqual({
      startLine: 2,
      endLine: 2,
      text: '    privileged: false',
    });
  });

  it('deletes a line when the edit removes it', () => {
    expect(
      buildSuggestion(
        withFix([{ startLine: 2, startColumn: 1, endLine: 3, endColumn: 1, replacement: '' }]),
        diff,
        () => lines,
      ),
    ).toEqual({ startLine: 2, endLine: 2, text: '' });
  });

  it('spans several lines of one hunk', () => {
    const suggestion = buildSuggestion(
      withFix([
        { startLine: 2, startColumn: 17, endLine: 2, endColumn: 21, replacement: 'false' },
        { startLine: 3, startColumn: 4, endLine: 3, endColumn: 5, replacement: '4' },
      ]),
      diff,
      () => lines,
    );
    expect(suggestion).toEqual({ startLine: 2, endLine: 3, text: '    privileged: false\nc: 4' });
  });

  it('gives none for a fix outside the diff, in another file, or with overlapping edits', () => {
    const outside = new DiffIndex([parsePatch('f.yaml', '@@ -1,1 +1,2 @@\n a: 1\n+    privileged: true')]);
    expect(
      buildSuggestion(
        withFix([{ startLine: 3, startColumn: 1, endLine: 3, endColumn: 2, replacement: 'x' }]),
        outside,
        () => lines,
      ),
    ).toBeUndefined();
    const other = fileFinding('f.yaml', 2, {
      fix: {
        description: 'x',
        edits: [
          {
            path: 'g.yaml',
            range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 },
            replacement: 'x',
          },
        ],
      },
    });
    expect(buildSuggestion(other, diff, () => lines)).toBeUndefined();
    expect(
      buildSuggestion(
        withFix([
          { startLine: 2, startColumn: 1, endLine: 2, endColumn: 10, replacement: 'x' },
          { startLine: 2, startColumn: 5, endLine: 2, endColumn: 12, replacement: 'y' },
        ]),
        diff,
        () => lines,
      ),
    ).toBeUndefined();
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
