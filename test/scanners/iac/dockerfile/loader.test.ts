import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import { isDockerfileName } from '../../../../src/scanners/iac/formats/dockerfile/dockerfile-loader';
import { dockerStages, runScript } from '../../../../src/scanners/iac/formats/dockerfile/docker-stages';
import { child, items, str, text, toPlain } from '../../../../src/scanners/iac/model/node';
import { DOCKERFILE_RULES } from '../../../../src/scanners/iac/rules/dockerfile/index';

let root: string;

function write(relative: string, content: string): void {
  const absolute = path.join(root, relative);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cloudgate-dockerfile-'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const MULTI_STAGE = [
  '# syntax=docker/dockerfile:1',
  'ARG NODE=20.14',
  'FROM node:${NODE}-alpine AS deps',
  'WORKDIR /app',
  'RUN --mount=type=cache,target=/root/.npm \\',
  '    npm ci',
  'FROM deps AS build',
  'ENV NODE_ENV=production \\',
  '    PORT=8080',
  'RUN <<EOF',
  'npm run build',
  'EOF',
  'FROM gcr.io/distroless/nodejs20-debian12:nonroot',
  'COPY --from=build /app/dist /app',
  'EXPOSE 8080',
  'CMD ["/app/server.js"]',
  '',
].join('\n');

describe('Dockerfile file names', () => {
  it.each([
    ['Dockerfile', true],
    ['dockerfile', true],
    ['Containerfile', true],
    ['Dockerfile.prod', true],
    ['api.Dockerfile', true],
    ['worker.containerfile', true],
    ['Dockerfile.md', false],
    ['Dockerfile.j2', false],
    ['Dockerfiles', false],
    ['.dockerignore', false],
    ['docker-compose.yml', false],
  ])('%s -> %s', (name, expected) => {
    expect(isDockerfileName(name)).toBe(expected);
  });
});

describe('dockerfile loader', () => {
  it('makes one resource per stage with the documented body', () => {
    write('services/web/Dockerfile', MULTI_STAGE);
    const { model, report } = scanIac({ root, rules: [] });
    expect(report.notices).toEqual([]);
    const stages = model.ofType('dockerfile-stage');
    expect(stages.map((s) => [s.address, s.file, s.range.startLine, s.range.endLine, s.meta.final])).toEqual([
      ['Dockerfile:deps', 'services/web/Dockerfile', 3, 6, 'false'],
      ['Dockerfile:build', 'services/web/Dockerfile', 7, 12, 'false'],
      ['Dockerfile:2', 'services/web/Dockerfile', 13, 16, 'true'],
    ]);
    expect(stages.every((s) => s.platform === 'dockerfile' && s.format === 'dockerfile')).toBe(true);
    const deps = stages[0]!.body;
    expect(toPlain(child(deps, 'from'))).toMatchObject({
      instruction: 'FROM',
      image: 'node:20.14-alpine',
      imageWritten: 'node:${NODE}-alpine',
      repository: 'node',
      tag: '20.14-alpine',
      stageName: 'deps',
    });
    const run = child(deps, 'instructions.2');
    expect(toPlain(run)).toMatchObject({
      instruction: 'RUN',
      arguments: 'npm ci',
      flags: { mount: 'type=cache,target=/root/.npm' },
      form: 'shell',
    });
    expect(run!.range).toMatchObject({ startLine: 5, endLine: 6 });
    expect(items(child(run, 'segments')).map((segment) => segment.range.startLine)).toEqual([6]);
    expect(str(child(stages[1]!.body, 'from.baseStage'))).toBe('deps');
    expect(toPlain(child(stages[1]!.body, 'instructions.1.variables'))).toEqual({
      NODE_ENV: 'production',
      PORT: '8080',
    });
    expect(child(stages[1]!.body, 'instructions.1.variables.PORT')!.range.startLine).toBe(9);
    expect(text(child(stages[1]!.body, 'instructions.2.heredocs.0.content'))).toBe('npm run build\n');
    expect(toPlain(child(stages[2]!.body, 'instructions.3.exec'))).toEqual(['/app/server.js']);
    expect(items(child(stages[2]!.body, 'globalArgs'))).toHaveLength(1);
  });

  it('links stages, marks the ones whose layers ship and maps RUN text back to lines', () => {
    write('Dockerfile', MULTI_STAGE);
    const { model } = scanIac({ root, rules: [] });
    const stages = dockerStages(model);
    expect(stages.map((s) => [s.name, s.final, s.ships, s.base?.name])).toEqual([
      ['deps', false, false, undefined],
      ['build', false, false, 'deps'],
      [undefined, true, true, undefined],
    ]);
    const heredocRun = stages[1]!.instructions[2]!;
    const script = runScript(heredocRun);
    expect(script.lineAt(script.text.indexOf('npm run build'))).toBe(11);
  });

  it('marks a FROM image that depends on a build argument without default as unknown', () => {
    write('Dockerfile', 'ARG BASE\nFROM ${BASE}\nRUN echo hi\n');
    const { model } = scanIac({ root, rules: [] });
    const image = child(model.ofType('dockerfile-stage')[0]!.body, 'from.image');
    expect(image).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('ARG BASE has no default'),
    });
  });

  it('recognises extensionless Dockerfiles by content and ignores other files', () => {
    write(
      'docker/base',
      '# syntax=docker/dockerfile:1\n\n# base image for services\nFROM alpine:3.20\nUSER 65534\n',
    );
    write('Makefile', 'FROM := here\nall:\n\techo FROM x\n');
    write('LICENSE', 'ARGUMENTS are welcome\n');
    write('notes/Dockerfile.md', '# Dockerfile notes\nFROM is the first instruction\n');
    const { model, report } = scanIac({ root, rules: [] });
    expect(model.ofType('dockerfile-stage').map((s) => s.file)).toEqual(['docker/base']);
    expect(report.stats?.files).toBe(1);
  });

  it('reports a named Dockerfile without FROM and syntax problems as parse errors', () => {
    write('empty/Dockerfile', '# nothing here yet\n');
    write('broken/Dockerfile', 'FROM alpine:3.20\nRUN <<EOF\necho unterminated\n');
    const { report, model } = scanIac({ root, rules: [] });
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'parse-error',
        path: 'broken/Dockerfile',
        line: 2,
        message: expect.stringContaining('never terminated'),
      }),
      expect.objectContaining({
        kind: 'parse-error',
        path: 'empty/Dockerfile',
        message: expect.stringContaining('no FROM'),
      }),
    ]);
    expect(model.ofType('dockerfile-stage')).toHaveLength(1);
  });

  it('honours suppression comments written above an instruction', () => {
    write(
      'Dockerfile',
      [
        'FROM alpine:3.20',
        '# cloudgate:ignore docker-workdir-relative legacy layout, moving in Q3',
        'WORKDIR app',
        'WORKDIR src',
      ].join('\n'),
    );
    const rule = DOCKERFILE_RULES.find((candidate) => candidate.meta.id === 'docker-workdir-relative')!;
    const { report } = scanIac({ root, rules: [rule] });
    const byLine = report.findings.map((finding) => [
      finding.location.kind === 'file' ? finding.location.range.startLine : 0,
      finding.suppression?.reason,
    ]);
    expect(byLine).toEqual([
      [3, 'legacy layout, moving in Q3'],
      [4, undefined],
    ]);
  });

  it('scans hostile Dockerfiles with every rule', () => {
    write('a/Dockerfile', `FROM a\nRUN ${'curl x | '.repeat(20_000)}sh\n`);
    write('b/Dockerfile', `FROM a\nRUN ${'"'.repeat(50_001)}\n`);
    write('c/Dockerfile', `FROM a\n${'ENV A=1 \\\n'.repeat(20_000)}\n`);
    write('d/Dockerfile', `FROM a\nRUN ${'$('.repeat(50_000)}\n`);
    write('e/Dockerfile', `${'FROM a AS s\n'.repeat(2_000)}`);
    const { report } = scanIac({ root, rules: DOCKERFILE_RULES });
    expect(report.notices.filter((notice) => notice.kind === 'not-assessed')).toEqual([]);
    expect(report.findings.some((finding) => finding.ruleId === 'docker-curl-pipe-shell')).toBe(true);
  });
});
