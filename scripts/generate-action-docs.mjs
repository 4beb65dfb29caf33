// Generates the reference of each action (inputs, outputs, permissions, examples) from its action.yml,
// and the example workflows from examples/workflows, into the sections between
//   <!-- action-docs:NAME --> ... <!-- /action-docs:NAME -->
// of docs/actions.md and README.md. NAME is `cloudgate` for the root action.yml, the folder name for
// actions/<name>/action.yml, and `example-<file>` for examples/workflows/<file>.yml.
//
//   node scripts/generate-action-docs.mjs          rewrite the sections
//   node scripts/generate-action-docs.mjs --check  exit 1 when a section is stale (CI)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const check = process.argv.includes('--check');
const TARGETS = ['docs/actions.md', 'README.md'];
const REPOSITORY = 'cloudgate-dev/cloudgate';

/** Permissions a step needs, by the inputs that switch the feature on. */
const PERMISSIONS = [
  ['contents: read', () => true, 'check out and read the repository'],
  [
    'pull-requests: write',
    (inputs) => 'comment' in inputs,
    'review comments and the summary comment (`comment: review` or `summary`)',
  ],
  [
    'security-events: write',
    (inputs) => 'sarif-upload' in inputs,
    'upload to code scanning (`sarif-upload: true`)',
  ],
  [
    'id-token: write',
    (inputs) => 'role-to-assume' in inputs,
    'the OIDC token exchanged for the cloud credentials of the audit (AWS, Azure, GCP)',
  ],
  ['actions: read', (inputs) => 'run-id' in inputs, 'download the artifacts of another run (`run-id`)'],
  [
    'statuses: write',
    (inputs) => 'run-id' in inputs,
    "the verdict as a commit status on a fork's pull request (in a `workflow_run`)",
  ],
];

function actions() {
  const found = [{ name: 'cloudgate', file: 'action.yml', uses: `${REPOSITORY}@v1` }];
  for (const name of readdirSync(path.join(root, 'actions')).sort()) {
    if (existsSync(path.join(root, 'actions', name, 'action.yml'))) {
      found.push({ name, file: `actions/${name}/action.yml`, uses: `${REPOSITORY}/actions/${name}@v1` });
    }
  }
  return found;
}

function examples() {
  const dir = path.join(root, 'examples/workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => ({ name: `example-${file.replace(/\.ya?ml$/, '')}`, file: `examples/workflows/${file}` }));
}

function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function defaultCell(value) {
  if (value === undefined || value === '') return '';
  return '`' + String(value).replace(/`/g, "'") + '`';
}

function actionSection(action, exampleFiles) {
  const spec = parse(readFileSync(path.join(root, action.file), 'utf8'));
  const inputs = spec.inputs ?? {};
  const outputs = spec.outputs ?? {};
  const lines = [
    `### ${spec.name}`,
    '',
    cell(spec.description),
    '',
    '```yaml',
    `- uses: ${action.uses}`,
    '```',
    '',
  ];
  lines.push('#### Inputs', '', '| Input | Description | Default |', '| --- | --- | --- |');
  for (const [name, input] of Object.entries(inputs)) {
    lines.push(
      `| \`${name}\`${input.required ? ' (required)' : ''} | ${cell(input.description)} | ${defaultCell(input.default)} |`,
    );
  }
  lines.push('', '#### Outputs', '', '| Output | Description |', '| --- | --- |');
  for (const [name, output] of Object.entries(outputs))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  lines.push('', '#### Permissions', '', '| Permission | Needed for |', '| --- | --- |');
  for (const [permission, applies, why] of PERMISSIONS)
    if (applies(inputs)) lines.push(`| \`${permission}\` | ${why} |`);
  const usedIn = exampleFiles.filter((example) =>
    readFileSync(path.join(root, example.file), 'utf8').includes(`${action.uses.replace(/@v1$/, '')}@`),
  );
  if (usedIn.length > 0) {
    lines.push('', '#### Examples', '');
    for (const example of usedIn)
      lines.push(
        `- [\`${path.basename(example.file)}\`](https://github.com/${REPOSITORY}/blob/main/${example.file})`,
      );
  }
  return lines.join('\n');
}

function exampleSection(example) {
  const text = readFileSync(path.join(root, example.file), 'utf8').trimEnd();
  return ['```yaml', `# ${example.file}`, text, '```'].join('\n');
}

const sections = new Map();
const exampleFiles = examples();
for (const action of actions()) sections.set(action.name, actionSection(action, exampleFiles));
for (const example of exampleFiles) sections.set(example.name, exampleSection(example));

function render(text) {
  return text.replace(/<!-- action-docs:([\w.-]+) -->[\s\S]*?<!-- \/action-docs:\1 -->/g, (block, name) => {
    const body = sections.get(name);
    if (body === undefined) throw new Error(`no action or example named "${name}" (marker in the docs)`);
    return `<!-- action-docs:${name} -->\n${body}\n<!-- /action-docs:${name} -->`;
  });
}

let stale = 0;
for (const target of TARGETS) {
  const file = path.join(root, target);
  if (!existsSync(file)) continue;
  const before = readFileSync(file, 'utf8');
  const after = render(before);
  if (before === after) continue;
  if (check) {
    stale++;
    process.stderr.write(`${target} is stale: run node scripts/generate-action-docs.mjs\n`);
  } else {
    writeFileSync(file, after);
    process.stdout.write(`updated ${target}\n`);
  }
}
const documented = TARGETS.filter((target) => existsSync(path.join(root, target)))
  .map((target) => readFileSync(path.join(root, target), 'utf8'))
  .join('\n');
for (const name of sections.keys()) {
  if (!documented.includes(`<!-- action-docs:${name} -->`)) {
    process.stderr.write(
      `no section for "${name}": add <!-- action-docs:${name} --><!-- /action-docs:${name} --> to docs/actions.md\n`,
    );
    stale++;
  }
}
process.exit(stale > 0 ? 1 : 0);
