import { lineRange } from '../../../../core/location';
import type { IacModel } from '../../model/iac-model';
import { anchorRange, type ModelNode, type ScalarNode } from '../../model/node';

export interface Expression {
  /** The text between `${{` and `}}`, trimmed. */
  body: string;
  /** `${{ ... }}` as written. */
  raw: string;
  offset: number;
}

/** Every `${{ ... }}` of a string. Linear: an unclosed `${{` ends the search. */
export function expressionsIn(text: string): Expression[] {
  const found: Expression[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('${{', from);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 3);
    if (close === -1) break;
    found.push({ body: text.slice(open + 3, close).trim(), raw: text.slice(open, close + 2), offset: open });
    from = close + 2;
  }
  return found;
}

/** Context references of an expression, normalised: `github.event.commits[0].message` -> `github.event.commits.*.message`. */
export function contextPaths(body: string): string[] {
  const paths: string[] = [];
  for (const match of body.matchAll(/(?<![\w.'"])([A-Za-z_][\w-]*(?:\.[\w*-]+|\[[^\]]{0,100}\])+)/g)) {
    paths.push(
      match[1]!
        .replace(/\[[^\]]*\]/g, '.*')
        .replace(/\.\d+(?=\.|$)/g, '.*')
        .toLowerCase(),
    );
  }
  return paths;
}

/** Leaves of the github context that people outside the repository can set (GitHub's script-injection guidance). */
const UNTRUSTED_LEAVES = new Set([
  'body',
  'title',
  'message',
  'label',
  'page_name',
  'default_branch',
  'head_branch',
  'display_title',
  'head_ref',
  'ref',
]);
/** Names and e-mail addresses are free text only for commit authors and committers. */
const PEOPLE = /\.(author|committer)\.(name|email)$/;
/** Parts of the event written by people with write access to the repository, or by GitHub itself. */
const TRUSTED_PREFIXES = [
  'github.event.repository.',
  'github.event.organization.',
  'github.event.enterprise.',
  'github.event.installation.',
  'github.event.inputs.',
  'github.event.pull_request.base.',
  'github.event.release.',
  'github.event.workflow.',
  'github.event.workflow_run.name',
  'github.event.workflow_run.repository.',
  'github.event.deployment.',
  'github.event.sender.',
  'github.event.ref',
  'github.event.base_ref',
];
/** Event objects that, serialised whole, carry the untrusted fields above. */
const UNTRUSTED_OBJECTS =
  /^github(\.event(\.(issue|pull_request|comment|review|review_comment|discussion|head_commit|commits|pages|workflow_run|pull_request\.head)(\.\*)?)?)?$/;

/**
 * The attacker-controllable context path an expression can expand to, if any. `a || b` and `a && b`
 * expand to one of their operands, so each operand is judged; comparisons expand to true or false.
 */
export function untrustedPath(body: string): string | undefined {
  for (const operand of body.split(/\|\||&&/)) {
    if (yieldsBoolean(operand)) continue;
    if (/tojson\s*\(\s*github\s*\)/i.test(operand)) return 'github';
    for (const path of contextPaths(operand)) {
      if (path === 'github.head_ref') return path;
      if (UNTRUSTED_OBJECTS.test(path) && /tojson\s*\(/i.test(operand)) return path;
      if (!path.startsWith('github.event.') || TRUSTED_PREFIXES.some((prefix) => path.startsWith(prefix)))
        continue;
      if (UNTRUSTED_LEAVES.has(path.slice(path.lastIndexOf('.') + 1)) || PEOPLE.test(path)) return path;
    }
  }
  return undefined;
}

/** A comparison or a test function: the expression expands to true or false, never to the data it reads. */
export function yieldsBoolean(body: string): boolean {
  return (
    /^\s*!?\s*(contains|startswith|endswith|success|failure|always|cancelled)\s*\(/i.test(body) ||
    /[=!<>]=|[<>]/.test(body)
  );
}

/**
 * A node on the source line of a scalar where `needle` appears, searching from `fromLine`: findings
 * about one line of a multi-line `run:` land on that line, not on the `run:` key.
 */
export function lineOf(
  model: IacModel,
  file: string,
  node: ModelNode,
  needle: string,
  fromLine = 0,
): ScalarNode {
  const range = node.range;
  const probe = needle.trim();
  for (let line = Math.max(range.startLine, fromLine); line <= range.endLine; line++) {
    if (probe && model.lineText(file, line).includes(probe))
      return { kind: 'scalar', value: null, range: lineRange(line) };
  }
  return { kind: 'scalar', value: null, range: anchorRange(node) };
}
