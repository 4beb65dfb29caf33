import { str, type ModelNode } from '../../model/node';
import { parsePlainJson, placeTree, type JsonPlacement } from '../../model/json-nodes';
import { parseYaml } from '../../parsers/yaml';

/** Documents recorded while evaluating: the structure given to jsonencode, keyed by the attribute's node. */
const encoded = new WeakMap<ModelNode, ModelNode>();
/** JSON strings already parsed (null: not JSON), keyed by the attribute's node. */
const parsedTexts = new WeakMap<ModelNode, ModelNode | null>();
/** For JSON written in a heredoc: the file line of the text's first line. */
const textOrigins = new WeakMap<ModelNode, number>();
const NESTING_LIMIT = { maxDepth: 200, reason: 'a document nested too deeply' };

export function recordEncodedDocument(attribute: ModelNode, document: ModelNode): void {
  encoded.set(attribute, document);
}

export function recordTextOrigin(attribute: ModelNode, firstLine: number): void {
  textOrigins.set(attribute, firstLine);
}

/**
 * The structure an attribute gave to `jsonencode({...})`, each element with its own
 * line and only the truly unknown leaves unknown; undefined for any other value.
 */
export function encodedDocument(node: ModelNode | undefined): ModelNode | undefined {
  return node ? encoded.get(node) : undefined;
}

/**
 * The JSON document an attribute holds (an IAM or bucket policy, a container
 * definition), as a node tree rules can walk:
 * - `policy = jsonencode({ ... })`: the object as written, each element with its
 *   own line, and the parts that are unknown (`aws_s3_bucket.b.arn`) as unknown
 *   nodes, even though the encoded string as a whole is unknown;
 * - a JSON string (a heredoc, `file("policy.json")`, a plan value): parsed, with
 *   the lines of a heredoc, else the attribute's range for every element;
 * - undefined when the attribute is absent, not JSON, or unknown for another
 *   reason (a data source's rendered JSON: follow the graph to the data source).
 */
export function jsonDocument(node: ModelNode | undefined): ModelNode | undefined {
  if (!node) return undefined;
  const recorded = encoded.get(node) ?? parsedTexts.get(node);
  if (recorded !== undefined) return recorded ?? undefined;
  const text = str(node);
  const parsed = text === undefined ? undefined : parseJson(text, node);
  parsedTexts.set(node, parsed ?? null);
  return parsed;
}

function parseJson(text: string, node: ModelNode): ModelNode | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  const origin = textOrigins.get(node);
  const placement: JsonPlacement =
    origin === undefined
      ? { range: node.range, keyRange: node.keyRange ?? node.range }
      : { shift: origin - 1 };
  const plain = parsePlainJson(text, placement);
  if (plain) return plain;
  let root: ModelNode | undefined;
  try {
    const parsed = parseYaml(text);
    if (parsed.errors.length > 0 || parsed.documents.length !== 1) return undefined;
    root = parsed.documents[0]!.root;
  } catch {
    return undefined;
  }
  return root && placeTree(root, placement, NESTING_LIMIT);
}
