import { text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { expressionsIn, lineOf } from '../../../formats/github-actions/expressions';
import { envMaps } from '../../../formats/github-actions/workflows';
import { shellCommands } from '../../../formats/dockerfile/shell-commands';
import { inlineScripts, where, type InlineScript } from '../shared/scripts';

const PRINTERS = new Set(['echo', 'printf', 'print', 'write-host', 'write-output', 'write-information']);

/** Names of environment variables the step receives from `secrets.*`. */
function secretVariables(script: InlineScript): Set<string> {
  const names = new Set<string>();
  for (const env of envMaps(script.owner, script.step)) {
    for (const [name, value] of env.entries) if (/\bsecrets\./.test(text(value) ?? '')) names.add(name);
  }
  return names;
}

/** `$NAME`, `${NAME}` or PowerShell's `$env:NAME` for any of the given variables; undefined when there are none. */
function variablePattern(names: Set<string>): RegExp | undefined {
  if (names.size === 0) return undefined;
  const alternatives = [...names].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`\\$(?:env:)?(?:\\{(?:${alternatives})\\}|(?:${alternatives})(?![A-Za-z0-9_]))`);
}

/** Whether a line prints a secret to the log: a printer whose output is neither piped nor redirected. */
function printsSecret(line: string, variables: RegExp | undefined): boolean {
  if (/toJSON\s*\(\s*secrets\s*\)/i.test(line)) return true;
  if (line.includes('::add-mask::')) return false;
  let masked = line;
  for (const expression of expressionsIn(line)) {
    masked = masked.replace(
      expression.raw,
      /\bsecrets\./.test(expression.body) ? ' __SECRET__ ' : ' __VALUE__ ',
    );
  }
  return shellCommands(masked).some((command) => {
    if (!PRINTERS.has((command.words[0] ?? '').toLowerCase()) || command.operator === '|') return false;
    if (command.words.some((word) => word.includes('>'))) return false;
    return command.words.some((word) => word.includes('__SECRET__') || (variables?.test(word) ?? false));
  });
}

const rule: IacRule = {
  meta: {
    id: 'gha-secret-echoed',
    title: 'A secret is printed to the workflow log',
    severity: 'high',
    description:
      'GitHub masks secrets in logs only when they appear exactly as stored. Printed with `echo`, a secret is one transformation (base64, a substring, JSON escaping, a multi-line value) away from appearing in clear text in a log that everyone with read access, and for public repositories everyone, can read.',
    remediation:
      'Do not print secrets, even for debugging. Pass them to the tool that needs them through an environment variable or stdin (`echo "$TOKEN" | docker login --password-stdin`), and never dump `toJSON(secrets)`.',
    links: ['https://docs.github.com/en/actions/reference/security/secure-use'],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'secrets',
    compliance: { 'nist-800-53-r5': ['IA-5(7)'], 'pci-dss-4.0': ['8.6.2'] },
    aliases: [],
  },
  check(model) {
    return inlineScripts(model)
      .filter((script) => script.kind === 'run')
      .flatMap((script) => {
        const variables = variablePattern(secretVariables(script));
        let fromLine = 0;
        return script.text.split('\n').flatMap((line) => {
          if (!printsSecret(line, variables)) return [];
          const at = lineOf(model, script.owner.resource.file, script.node, line, fromLine);
          fromLine = at.range.startLine + 1;
          return [
            flag(
              script.owner.resource,
              at,
              `${where(script.owner, script.step)} prints a secret to the log: ${line.trim().slice(0, 80)}`,
            ),
          ];
        });
      });
  },
};

export default rule;
