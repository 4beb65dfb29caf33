// Validates action.yml and workflow files with GitHub's own parser (@actions/workflow-parser), printing
// one JSON line per file: { file, kind, errors }. Run as: node validate-workflow-files.mjs <kind>:<file>...
//
// The parser is ESM and imports its JSON schema without an import attribute, which Node 20 refuses
// ("needs an import attribute of type json"). A loader hook serves .json files as ES modules instead.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { readFile } from 'node:fs/promises';
    export async function load(url, context, nextLoad) {
      if (url.endsWith('.json')) {
        const text = await readFile(new URL(url), 'utf8');
        return { format: 'module', source: 'export default ' + text + ';', shortCircuit: true };
      }
      return nextLoad(url, context);
    }
  `)}`,
);

const { parseWorkflow, NoOperationTraceWriter } = await import('@actions/workflow-parser');
const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');

for (const argument of process.argv.slice(2)) {
  const [kind, file] = [argument.slice(0, argument.indexOf(':')), argument.slice(argument.indexOf(':') + 1)];
  const entry = { name: file, content: readFileSync(file, 'utf8') };
  const parse = kind === 'action' ? parseAction : parseWorkflow;
  const result = parse(entry, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  process.stdout.write(`${JSON.stringify({ file, kind, errors })}\n`);
}
