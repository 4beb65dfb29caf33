import type { ModelNode } from '../model/node';
import { parsePlainJson, placeTree, type JsonPlacement } from '../model/json-nodes';
import { parseYaml } from '../parsers/yaml';

const MAX_POLICY_TEXT = 256 * 1024;
const NESTING_LIMIT = { maxDepth: 64, reason: 'policy nested too deeply' };

/**
 * A policy written as a JSON string (a heredoc, a `jsonencode` result, a
 * CloudFormation string property) parsed into nodes that point back into the
 * file. When the string is a heredoc or block scalar whose lines are the file's
 * lines, each element keeps its own line; otherwise every element points at the
 * string itself.
 */
export function parsePolicyText(source: ModelNode): ModelNode | undefined {
  const parsed = parseEmbeddedJson(source);
  return parsed?.kind === 'map' ? parsed : undefined;
}

/** JSON written as a string value (a policy, ECS container definitions), as nodes pointing back into the file. */
export function parseEmbeddedJson(source: ModelNode): ModelNode | undefined {
  if (source.kind !== 'scalar' || typeof source.value !== 'string') return undefined;
  const text = source.value;
  if (text.length > MAX_POLICY_TEXT || !/^\s*[{[]/.test(text)) return undefined;
  const lineCount = linesOf(text);
  const spansLines = lineCount > 1 && source.range.endLine - source.range.startLine >= lineCount;
  const placement: JsonPlacement = spansLines
    ? { shift: source.range.startLine }
    : { range: source.range, keyRange: source.range };
  let root = parsePlainJson(text, placement);
  if (!root) {
    try {
      const parsed = parseYaml(text);
      if (parsed.errors.length > 0) return undefined;
      const yamlRoot = parsed.documents[0]?.root;
      root = yamlRoot && placeTree(yamlRoot, placement, NESTING_LIMIT);
    } catch {
      return undefined;
    }
  }
  if (root?.kind !== 'map' && root?.kind !== 'list') return undefined;
  return source.keyRange ? { ...root, keyRange: source.keyRange } : root;
}

/** Lines of the text, a final line break not starting another. */
function linesOf(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1))
    lines++;
  return lines;
}
