import { parseDockerfile } from '../../../../src/scanners/iac/parsers/dockerfile';
import { parseImageReference, splitStages } from '../../../../src/scanners/iac/parsers/dockerfile-stages';
import { extractFlags, keyValues, substitute } from '../../../../src/scanners/iac/parsers/dockerfile-words';

describe('parseDockerfile', () => {
  it('reads instructions with their keyword, arguments and line range', () => {
    const parsed = parseDockerfile('FROM alpine:3.20\n\nrun echo hi\nCMD ["sh"]\n');
    expect(parsed.instructions.map((i) => [i.keyword, i.args, i.range.startLine, i.range.endLine])).toEqual([
      ['FROM', 'alpine:3.20', 1, 1],
      ['RUN', 'echo hi', 3, 3],
      ['CMD', '["sh"]', 4, 4],
    ]);
    expect(parsed.instructions[2]!.exec).toEqual(['sh']);
    expect(parsed.instructions[1]!.exec).toBeUndefined();
    expect(parsed.problems).toEqual([]);
  });

  it('joins line continuations, skipping comment and blank lines inside them, and keeps each line', () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update && \\',
      '    # a comment inside the continuation',
      '',
      '    apt-get install -y curl \\  ',
      '    && rm -rf /var/lib/apt/lists/*',
      'USER app',
    ].join('\n');
    const parsed = parseDockerfile(text);
    const run = parsed.instructions[1]!;
    expect(run.args).toBe('apt-get update &&     apt-get install -y curl     && rm -rf /var/lib/apt/lists/*');
    expect(run.range).toMatchObject({ startLine: 2, endLine: 6 });
    expect(run.segments.map((segment) => segment.line)).toEqual([2, 5, 6]);
    expect(run.segments.map((segment) => segment.text).join('')).toBe(run.args);
    expect(run.segments[0]!.column).toBe(5);
    expect(parsed.comments).toEqual([{ line: 3, text: '# a comment inside the continuation' }]);
    expect(parsed.instructions[2]!.range.startLine).toBe(7);
  });

  it('honours the escape parser directive and stops reading directives after the first other line', () => {
    const text = [
      '# escape=`',
      '# syntax=docker/dockerfile:1',
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'RUN dir c:\\ `',
      '    && echo done',
      '# escape=\\',
    ].join('\n');
    const parsed = parseDockerfile(text);
    expect(parsed.escape).toBe('`');
    expect(parsed.directives.map((d) => [d.name, d.value])).toEqual([
      ['escape', '`'],
      ['syntax', 'docker/dockerfile:1'],
    ]);
    expect(parsed.instructions[1]!.args).toBe('dir c:\\     && echo done');
    expect(parsed.comments.map((c) => c.line)).toEqual([1, 2, 6]);
  });

  it('treats a directive after a comment as a plain comment', () => {
    const parsed = parseDockerfile('# hello\n# escape=`\nFROM alpine:3.20\n');
    expect(parsed.directives).toEqual([]);
    expect(parsed.escape).toBe('\\');
  });

  it('reports an invalid escape character', () => {
    const parsed = parseDockerfile('# escape=x\nFROM alpine:3.20\n');
    expect(parsed.problems).toEqual([{ line: 1, message: expect.stringContaining('invalid escape') }]);
  });

  it('reads heredocs, several per instruction, with <<- and quoted delimiters', () => {
    const text = [
      'FROM alpine:3.20',
      'RUN <<EOF',
      'apk add --no-cache curl',
      'echo done',
      'EOF',
      'COPY <<-"CONF" <<TWO /etc/app/',
      '\tkey=value',
      '\tCONF',
      'second',
      'TWO',
      'USER app',
    ].join('\n');
    const parsed = parseDockerfile(text);
    const run = parsed.instructions[1]!;
    expect(run.heredocs).toEqual([
      expect.objectContaining({
        name: 'EOF',
        content: 'apk add --no-cache curl\necho done\n',
        stripTabs: false,
        quoted: false,
        terminated: true,
      }),
    ]);
    expect(run.heredocs[0]!.range).toMatchObject({ startLine: 3, endLine: 5 });
    expect(run.range.endLine).toBe(5);
    const copy = parsed.instructions[2]!;
    expect(copy.heredocs.map((h) => [h.name, h.content, h.stripTabs, h.quoted])).toEqual([
      ['CONF', 'key=value\n', true, true],
      ['TWO', 'second\n', false, false],
    ]);
    expect(copy.range.endLine).toBe(10);
    expect(parsed.instructions[3]).toMatchObject({ keyword: 'USER', args: 'app' });
  });

  it('does not read heredocs for instructions without them or in the exec form', () => {
    const parsed = parseDockerfile(
      'FROM alpine:3.20\nRUN ["sh", "-c", "cat <<EOF"]\nENV A=<<EOF\nUSER app\n',
    );
    expect(parsed.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'ENV', 'USER']);
    expect(parsed.instructions[1]!.heredocs).toEqual([]);
  });

  it('reports an unterminated heredoc and keeps the rest of the file as its body', () => {
    const parsed = parseDockerfile('FROM alpine:3.20\nRUN <<EOF\necho one\necho two');
    expect(parsed.problems).toEqual([{ line: 2, message: 'heredoc <<EOF is never terminated' }]);
    expect(parsed.instructions[1]!.heredocs[0]).toMatchObject({
      content: 'echo one\necho two\n',
      terminated: false,
    });
  });

  it('extracts flags before the arguments, with quotes and repeated flags', () => {
    const parsed = parseDockerfile(
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN --mount=type=cache,target=/root/.cache --mount="type=secret,id=npm" go build\nCOPY --from=build --chown=app:app --link /out /app\n',
    );
    const [from, run, copy] = parsed.instructions;
    expect(from!.flags).toEqual([{ name: 'platform', value: '$BUILDPLATFORM' }]);
    expect(from!.args).toBe('golang:1.22 AS build');
    expect(run!.flags.map((f) => f.value)).toEqual(['type=cache,target=/root/.cache', 'type=secret,id=npm']);
    expect(run!.args).toBe('go build');
    expect(run!.segments[0]!.column).toBe(73);
    expect(copy!.flags).toEqual([
      { name: 'from', value: 'build' },
      { name: 'chown', value: 'app:app' },
      { name: 'link', value: undefined },
    ]);
    expect(copy!.args).toBe('/out /app');
  });

  it('reports unknown instructions and keeps going', () => {
    const parsed = parseDockerfile('FROM alpine:3.20\nFORM x\nUSER app\n');
    expect(parsed.problems).toEqual([{ line: 2, message: 'unknown instruction "FORM"' }]);
    expect(parsed.instructions).toHaveLength(3);
  });

  it('handles CRLF line endings', () => {
    const parsed = parseDockerfile('FROM alpine:3.20\r\nRUN echo a \\\r\n  b\r\n');
    expect(parsed.instructions[1]!.args).toBe('echo a   b');
  });
});

describe('splitStages', () => {
  it('groups stages, resolves ARG defaults in FROM and links stages built on earlier ones', () => {
    const text = [
      'ARG NODE_VERSION=20.11',
      'ARG REGISTRY',
      'FROM node:${NODE_VERSION}-alpine AS Deps',
      'RUN npm ci',
      'FROM deps AS build',
      'RUN npm run build',
      'FROM ${REGISTRY}/runtime:1',
      'FROM ${REGISTRY:-ghcr.io}/app@sha256:abc',
    ].join('\n');
    const { stages, globalArgs, problems } = splitStages(parseDockerfile(text));
    expect(problems).toEqual([]);
    expect(globalArgs).toHaveLength(2);
    expect(
      stages.map((s) => [s.index, s.name, s.instructions.length, s.range.startLine, s.range.endLine]),
    ).toEqual([
      [0, 'deps', 2, 3, 4],
      [1, 'build', 2, 5, 6],
      [2, undefined, 1, 7, 7],
      [3, undefined, 1, 8, 8],
    ]);
    expect(stages[0]!.image).toMatchObject({
      resolved: { value: 'node:20.11-alpine' },
      repository: 'node',
      tag: '20.11-alpine',
    });
    expect(stages[1]!.baseStage).toBe(0);
    expect(stages[2]!.image.resolved).toEqual({
      unknown: expect.stringContaining('ARG REGISTRY has no default'),
    });
    expect(stages[3]!.image).toMatchObject({ repository: 'ghcr.io/app', digest: 'sha256:abc' });
    expect(stages[3]!.image.tag).toBeUndefined();
  });

  it('reports instructions other than ARG before the first FROM', () => {
    const { problems, stages } = splitStages(parseDockerfile('RUN echo hi\nFROM alpine:3.20\n'));
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('before the first FROM') }]);
    expect(stages).toHaveLength(1);
  });
});

describe('Dockerfile words', () => {
  it('parses image references with registries, ports, tags and digests', () => {
    expect(parseImageReference('localhost:5000/team/app')).toEqual({ repository: 'localhost:5000/team/app' });
    expect(parseImageReference('node:20@sha256:ff')).toEqual({
      repository: 'node',
      tag: '20',
      digest: 'sha256:ff',
    });
  });

  it('reads ENV pairs in both forms, with quotes', () => {
    expect(keyValues('A=1 B="two words" C=\'x y\'', '\\').map((p) => [p.key, p.value])).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', 'x y'],
    ]);
    expect(keyValues('GREETING hello big world', '\\', true).map((p) => [p.key, p.value])).toEqual([
      ['GREETING', 'hello big world'],
    ]);
    expect(keyValues('TOKEN', '\\').map((p) => [p.key, p.value])).toEqual([['TOKEN', undefined]]);
  });

  it('substitutes known variables and marks the others unknown', () => {
    const vars = new Map<string, string | undefined>([
      ['A', 'alpine'],
      ['EMPTY', ''],
      ['NODEFAULT', undefined],
    ]);
    expect(substitute('$A:${A}', vars)).toEqual({ value: 'alpine:alpine' });
    expect(substitute('${EMPTY:-x}${EMPTY-y}', vars)).toEqual({ value: 'x' });
    expect(substitute('${MISSING:-debian}', vars)).toEqual({ value: 'debian' });
    expect(substitute('${A:+set}', vars)).toEqual({ value: 'set' });
    expect(substitute('$NODEFAULT', vars)).toEqual({ unknown: expect.stringContaining('--build-arg') });
    expect(substitute('$UNDECLARED', vars)).toEqual({ unknown: expect.stringContaining('not declared') });
    expect(substitute('${A%suffix}', vars)).toEqual({ unknown: expect.any(String) });
  });

  it('stops reading flags at the first argument or at --', () => {
    expect(extractFlags('--a=1 --b -- --c x')).toEqual({
      flags: [
        { name: 'a', value: '1' },
        { name: 'b', value: undefined },
      ],
      rest: 13,
    });
    expect(extractFlags('  plain --x').rest).toBe(2);
  });
});

describe('hostile Dockerfiles', () => {
  it('parses large and degenerate input without throwing', () => {
    const inputs = [
      `FROM a\nRUN ${'x \\\n'.repeat(100_000)}`,
      `FROM a\n${'RUN <<EOF\n'.repeat(50_000)}`,
      `${'\\'.repeat(200_000)}\n`,
      `FROM a\nRUN ${'<<A '.repeat(20_000)}\n`,
      `FROM a\nENV ${'"'.repeat(100_001)}\n`,
      `FROM a\nRUN ["${'['.repeat(100_000)}`,
      '\u0000\u0001FROM\u0000',
      `# escape=\`\n${'`\n'.repeat(50_000)}`,
    ];
    for (const input of inputs) {
      const parsed = parseDockerfile(input);
      const lines = input.split('\n').length;
      for (const instruction of parsed.instructions) {
        expect(instruction.segments.map((segment) => segment.text).join('')).toBe(instruction.args);
        for (const segment of instruction.segments) expect(segment.line).toBeLessThanOrEqual(lines);
      }
      const stages = splitStages(parsed);
      if (input.startsWith('FROM a\n')) expect(stages.stages.length).toBeGreaterThanOrEqual(1);
    }
  });
});
