import {
  contextPaths,
  expressionsIn,
  untrustedPath,
} from '../../../../src/scanners/iac/formats/github-actions/expressions';
import { parseUses } from '../../../../src/scanners/iac/formats/github-actions/workflows';
import { shellCommands, programWords } from '../../../../src/scanners/iac/formats/dockerfile/shell-commands';

describe('expressions', () => {
  it('finds every ${{ }} with its offset and stops at an unclosed one', () => {
    const text = 'a ${{ github.sha }} b ${{github.head_ref}} c ${{ never closed';
    expect(expressionsIn(text)).toEqual([
      { body: 'github.sha', raw: '${{ github.sha }}', offset: 2 },
      { body: 'github.head_ref', raw: '${{github.head_ref}}', offset: 22 },
    ]);
  });

  it('normalises context paths', () => {
    expect(
      contextPaths("format('{0}', github.event.commits[0].message) || github.event['pull_request'].title"),
    ).toEqual(['github.event.commits.*.message', 'github.event.*.title']);
  });

  it.each([
    ['github.event.issue.title', 'github.event.issue.title'],
    ['github.event.pull_request.body', 'github.event.pull_request.body'],
    ['github.event.comment.body', 'github.event.comment.body'],
    ['github.event.pull_request.head.ref', 'github.event.pull_request.head.ref'],
    ['github.event.pull_request.head.label', 'github.event.pull_request.head.label'],
    ['github.event.head_commit.author.email', 'github.event.head_commit.author.email'],
    ['github.event.commits[0].message', 'github.event.commits.*.message'],
    ['github.event.pages[0].page_name', 'github.event.pages.*.page_name'],
    ['github.event.workflow_run.head_branch', 'github.event.workflow_run.head_branch'],
    ['github.head_ref', 'github.head_ref'],
    ['toJSON(github.event.issue)', 'github.event.issue'],
    ['toJSON(github)', 'github'],
    [
      "contains(github.event.issue.labels.*.name, 'bug') || github.event.issue.body",
      'github.event.issue.body',
    ],
  ])('%s is attacker-controlled', (expression, path) => {
    expect(untrustedPath(expression)).toBe(path);
  });

  it.each([
    'github.sha',
    'github.ref_name',
    'github.event.issue.number',
    'github.event.pull_request.head.sha',
    'github.event.pull_request.base.ref',
    'github.event.repository.name',
    'github.event.inputs.version',
    'github.event.sender.login',
    'github.event.ref',
    "contains(github.event.issue.title, 'bug')",
    "github.head_ref == 'main'",
    "startsWith(github.event.pull_request.head.ref, 'release/')",
    'secrets.TOKEN',
    'steps.meta.outputs.title',
  ])('%s is not attacker-controlled', (expression) => {
    expect(untrustedPath(expression)).toBeUndefined();
  });
});

describe('uses references', () => {
  it.each([
    ['./.github/actions/build', { kind: 'local' }],
    ['docker://alpine:3.20', { kind: 'docker' }],
    ['docker://alpine@sha256:abc', { kind: 'docker', ref: 'sha256:abc' }],
    [
      'actions/checkout@v4',
      { kind: 'repository', owner: 'actions', repository: 'actions/checkout', ref: 'v4' },
    ],
    [
      'github/codeql-action/upload-sarif@v3',
      { kind: 'repository', owner: 'github', repository: 'github/codeql-action', ref: 'v3' },
    ],
    [
      'Org/Repo/.github/workflows/x.yml@main',
      { kind: 'repository', owner: 'org', repository: 'org/repo', ref: 'main' },
    ],
  ])('%s', (uses, expected) => {
    expect(parseUses(uses)).toEqual(expected);
  });

  it('does not guess at expressions or malformed references', () => {
    expect(parseUses('${{ matrix.action }}')).toBeUndefined();
    expect(parseUses('just-a-name')).toBeUndefined();
  });
});

describe('shell commands', () => {
  it('splits on operators outside quotes, drops comments and keeps substitutions in their word', () => {
    const commands = shellCommands(
      'apt-get update && DEBIAN_FRONTEND=noninteractive sudo -E apt-get install -y "a b" | tee log # done\nbash <(curl -s x) 2>&1',
    );
    expect(commands.map((command) => [command.words, command.operator])).toEqual([
      [['apt-get', 'update'], '&&'],
      [['DEBIAN_FRONTEND=noninteractive', 'sudo', '-E', 'apt-get', 'install', '-y', 'a b'], '|'],
      [['tee', 'log'], '\n'],
      [['bash', '<(curl', '-s', 'x)', '2>&1'], ''],
    ]);
    expect(programWords(commands[1]!)).toEqual(['apt-get', 'install', '-y', 'a b']);
    expect(commands[1]!.start).toBe(18);
  });

  it('joins escaped newlines and handles an unterminated quote', () => {
    expect(shellCommands('echo a \\\n  b').map((command) => command.words)).toEqual([['echo', 'a', 'b']]);
    expect(shellCommands('echo "open').map((command) => command.words)).toEqual([['echo', 'open']]);
  });
});
