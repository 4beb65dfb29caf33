import type { SourceRange } from '../../../../core/location';
import type { MapNode, ModelNode } from '../../model/node';
import type { Attribute, Block, Body, Expression } from '../../parsers/hcl/ast';
import { bindNames, type AttributeReferences, type Env } from './env';
import { evaluate, iterationPairs } from './evaluator';
import { encodeJson } from './functions/json-values';
import { recordEncodedDocument, recordTextOrigin } from './json-document';
import { toModelNode } from './to-model-node';
import {
  deepUnknown,
  EvalError,
  EvalShareError,
  LIMITS,
  ObjectValue,
  resumeShare,
  suspendShare,
  Unknown,
  type Value,
} from './values';

export interface BodyOptions {
  range: SourceRange;
  keyRange?: SourceRange;
  /** Attributes and block types left out (meta-arguments). */
  skip?: ReadonlySet<string>;
  /** Reading a missing attribute of the value gives an unknown with this prefix (resource instances). */
  computedPrefix?: string;
  /** Collects the references of each top-level attribute and block (the env's refs must be this collector). */
  attributeRefs?: AttributeReferences;
}

export interface BodyResult {
  value: ObjectValue;
  node: MapNode;
}

/** Lifecycle settings that name attributes instead of computing values. */
const LIFECYCLE_SKIP = new Set(['ignore_changes', 'replace_triggered_by', 'precondition', 'postcondition']);

/**
 * An error Terraform would report becomes an unknown, so one bad attribute never
 * hides the others; so do a reference chain too deep for the stack and an expression
 * that takes more than its share of the root module's budget (`unknownAfter`). An
 * error that `try` or `can` catches never gets here.
 */
export function safeEvaluate(expr: Expression, env: Env): Value {
  const { budget } = env;
  const outerShare = suspendShare(budget);
  budget.floor = Math.max(0, budget.steps - LIMITS.maxExpressionSteps);
  try {
    return evaluate(expr, env);
  } catch (error) {
    return unknownAfter(error, expr, env);
  } finally {
    resumeShare(budget, outerShare);
  }
}

/** Why an evaluation failed, when it is an error Terraform would report or a limit of cloudgate's; anything else is rethrown. */
function failureOf(error: unknown): string {
  if (error instanceof EvalError || error instanceof EvalShareError) return error.message;
  if (error instanceof RangeError)
    return error.message.includes('call stack') ? 'references nest too deeply' : error.message;
  throw error;
}

/** The unknown an expression's failed evaluation gives; the resolver is told why, so that the user is. */
function unknownAfter(error: unknown, expr: Expression, env: Env): Unknown {
  const why = failureOf(error);
  env.resolver.failed?.(expr, why);
  return new Unknown(`could not evaluate: ${why}`);
}

/**
 * Evaluates a body: attributes become values (null ones are left out of the node,
 * as Terraform treats null as unset) and nested blocks become lists with one map
 * per block, `dynamic` blocks expanded into the blocks they generate.
 */
export function evaluateBody(body: Body, env: Env, options: BodyOptions): BodyResult {
  const values = new Map<string, Value>();
  const entries = new Map<string, ModelNode>();
  const { skip, attributeRefs } = options;
  for (const attribute of body.attributes) {
    const name = attribute.name;
    if (skip?.has(name)) continue;
    if (attributeRefs) attributeRefs.current = name;
    evaluateAttribute(attribute, env, values, entries);
  }
  if (body.blocks.length > 0) evaluateBlocks(body.blocks, env, options, values, entries);
  const { range, keyRange } = options;
  const node: MapNode = keyRange
    ? { kind: 'map', entries, range, keyRange }
    : { kind: 'map', entries, range };
  return { value: new ObjectValue(values, options.computedPrefix), node };
}

interface BlockGroup {
  values: Value[];
  nodes: ModelNode[];
  range: SourceRange;
  keyRange: SourceRange;
}

/** Nested blocks become lists with one map per block, `dynamic` blocks expanded into the blocks they generate. */
function evaluateBlocks(
  blocks: Block[],
  env: Env,
  options: BodyOptions,
  values: Map<string, Value>,
  entries: Map<string, ModelNode>,
): void {
  const groups = new Map<string, BlockGroup>();
  for (const block of blocks) {
    if (options.skip?.has(block.type)) continue;
    const dynamic = block.type === 'dynamic' && block.labels.length > 0;
    const type = dynamic ? block.labels[0]! : block.type;
    if (options.attributeRefs) options.attributeRefs.current = type;
    let group = groups.get(type);
    if (!group) {
      const keyRange = dynamic ? block.labelRanges[0]! : block.typeRange;
      group = { values: [], nodes: [], range: block.range, keyRange };
      groups.set(type, group);
    }
    if (dynamic) expandDynamic(block, env, group);
    else {
      const skip = block.type === 'lifecycle' ? LIFECYCLE_SKIP : undefined;
      const nested = evaluateBody(block.body, env, { range: block.range, keyRange: block.typeRange, skip });
      group.values.push(nested.value);
      group.nodes.push(nested.node);
    }
  }
  for (const [type, group] of groups) {
    values.set(type, group.values);
    entries.set(type, { kind: 'list', items: group.nodes, range: group.range, keyRange: group.keyRange });
  }
}

/**
 * An attribute's value and node. `jsonencode({...})` keeps the structure it
 * encoded (with its lines and unknown parts) for `jsonDocument`, and JSON written
 * in a heredoc keeps the line it starts on.
 */
function evaluateAttribute(
  attribute: Attribute,
  env: Env,
  values: Map<string, Value>,
  entries: Map<string, ModelNode>,
): void {
  let expr = attribute.expr;
  while (expr.type === 'parens') expr = expr.expr;
  const documentExpr =
    expr.type === 'call' &&
    (expr.name === 'jsonencode' || expr.name === 'core::jsonencode') &&
    expr.args.length === 1 &&
    !expr.expandFinal
      ? expr.args[0]
      : undefined;
  const document = documentExpr ? safeEvaluate(documentExpr, env) : undefined;
  const encoded = document === undefined ? undefined : encodeDocument(document, attribute.expr, env);
  const value = encoded === undefined ? safeEvaluate(attribute.expr, env) : encoded.value;
  values.set(attribute.name, value);
  if (value === null) return;
  const node = nodeOf(value, attribute.expr, attribute, env);
  entries.set(attribute.name, node);
  if (documentExpr && document !== undefined) {
    // A document too large to encode is too large to walk as well: the warning at the call is enough.
    if (encoded?.whole) recordEncodedDocument(node, nodeOf(document, documentExpr, attribute, env));
  } else if (expr.type === 'literal' && typeof expr.value === 'string') {
    const range = expr.range;
    if (range.endLine > range.startLine) recordTextOrigin(node, range.startLine + 1);
  }
}

function nodeOf(value: Value, expr: Expression, attribute: Attribute, env: Env): ModelNode {
  try {
    return toModelNode(value, expr, attribute.range, attribute.nameRange, env.budget);
  } catch (error) {
    return toModelNode(
      unknownAfter(error, expr, env),
      expr,
      attribute.range,
      attribute.nameRange,
      env.budget,
    );
  }
}

/**
 * What jsonencode() gives for the value, as the function itself would; `call` is the jsonencode() call.
 * `whole` is false when the document could not be walked to the end, and the call was reported.
 */
function encodeDocument(document: Value, call: Expression, env: Env): { value: Value; whole: boolean } {
  try {
    return { value: deepUnknown(document, env.budget) ?? encodeJson(document, env.budget), whole: true };
  } catch (error) {
    return { value: unknownAfter(error, call, env), whole: false };
  }
}

/**
 * `dynamic "x" { for_each = ...; content { ... } }` generates one `x` block per
 * element. An unknown collection gives one unknown entry: the blocks cannot be
 * known, and rules stay silent about them.
 */
function expandDynamic(block: Block, env: Env, group: BlockGroup): void {
  const name = block.labels[0]!;
  const labelRange = block.labelRanges[0]!;
  const forEach = block.body.attributes.find((attribute) => attribute.name === 'for_each');
  const iteratorAttr = block.body.attributes.find((attribute) => attribute.name === 'iterator');
  const content = block.body.blocks.find((inner) => inner.type === 'content');
  if (!forEach || !content) return;
  const iteratorExpr = iteratorAttr?.expr;
  const iterator =
    iteratorExpr?.type === 'variable'
      ? iteratorExpr.name
      : iteratorExpr?.type === 'literal' && typeof iteratorExpr.value === 'string'
        ? iteratorExpr.value
        : name;
  const collection = safeEvaluate(forEach.expr, env);
  let pairs: [Value, Value][] | Unknown;
  try {
    pairs =
      collection instanceof Unknown ? collection : collection === null ? [] : iterationPairs(collection);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    pairs = new Unknown(`could not evaluate: ${error.message}`);
  }
  if (pairs instanceof Unknown) {
    group.values.push(pairs);
    group.nodes.push({ kind: 'unknown', reason: pairs.reason, range: block.range, keyRange: labelRange });
    return;
  }
  for (const [key, value] of pairs) {
    const scope = bindNames(env.scope, [
      [
        iterator,
        new ObjectValue(
          new Map<string, Value>([
            ['key', key],
            ['value', value],
          ]),
        ),
      ],
    ]);
    const nested = evaluateBody(
      content.body,
      { ...env, scope },
      { range: content.range, keyRange: labelRange },
    );
    group.values.push(nested.value);
    group.nodes.push(nested.node);
  }
}
