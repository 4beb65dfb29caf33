import type { SourceRange } from '../../../../core/location';
import type { ModelNode } from '../../model/node';
import { spanRange, type Attribute, type Block, type Body, type Expression, type HclError } from './ast';
import { parseTemplate, parseExpressionText } from './parser';

/**
 * In HCL's JSON syntax the same JSON object can be an attribute or a block: only
 * the application's schema knows. A schema tells, for each property of a body,
 * which one it is.
 */
export type JsonPropertyKind =
  /** A value whose strings are templates (`"${var.x}"`). */
  | { kind: 'attribute' }
  /** A value taken as written: no templates (a variable's default). */
  | { kind: 'literal' }
  /** A string holding an expression (a variable's `type`, `depends_on` items). */
  | { kind: 'expression' }
  | { kind: 'block'; labels: number; schema: JsonBodySchema }
  | { kind: 'skip' };

export type JsonBodySchema = (name: string, value: ModelNode) => JsonPropertyKind;

export function jsonToBody(node: ModelNode, schema: JsonBodySchema, errors: HclError[]): Body {
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  if (node.kind !== 'map') {
    errors.push({
      message: 'expected a JSON object for this body',
      line: node.range.startLine,
      column: node.range.startColumn,
    });
    return { attributes, blocks, range: node.range };
  }
  for (const [name, value] of node.entries) {
    if (name === '//') continue;
    const kind = schema(name, value);
    const nameRange = value.keyRange ?? value.range;
    if (kind.kind === 'skip') continue;
    if (kind.kind === 'block') {
      collectBlocks(name, nameRange, value, kind.labels, [], [], kind.schema, blocks, errors);
      continue;
    }
    const expr = jsonExpression(
      value,
      kind.kind === 'literal' ? 'literal' : kind.kind === 'expression' ? 'expression' : 'template',
      errors,
    );
    attributes.push({ name, nameRange, expr, range: spanRange(nameRange, value.range) });
  }
  return { attributes, blocks, range: node.range };
}

function collectBlocks(
  type: string,
  typeRange: SourceRange,
  value: ModelNode,
  labelsLeft: number,
  labels: string[],
  labelRanges: SourceRange[],
  schema: JsonBodySchema,
  into: Block[],
  errors: HclError[],
): void {
  if (value.kind === 'list') {
    for (const item of value.items)
      collectBlocks(type, typeRange, item, labelsLeft, labels, labelRanges, schema, into, errors);
    return;
  }
  if (value.kind !== 'map') {
    errors.push({
      message: `expected a JSON object for the ${type} block`,
      line: value.range.startLine,
      column: value.range.startColumn,
    });
    return;
  }
  if (labelsLeft === 0) {
    const body = jsonToBody(value, schema, errors);
    into.push({ type, typeRange, labels, labelRanges, body, range: spanRange(typeRange, value.range) });
    return;
  }
  for (const [label, inner] of value.entries) {
    if (label === '//') continue;
    const labelRange = inner.keyRange ?? inner.range;
    collectBlocks(
      type,
      typeRange,
      inner,
      labelsLeft - 1,
      [...labels, label],
      [...labelRanges, labelRange],
      schema,
      into,
      errors,
    );
  }
}

/** A JSON value as an expression: strings are templates (or expressions, or literals, as the schema says). */
export function jsonExpression(
  node: ModelNode,
  mode: 'template' | 'literal' | 'expression',
  errors: HclError[],
): Expression {
  const range = node.range;
  switch (node.kind) {
    case 'scalar':
      if (typeof node.value !== 'string' || mode === 'literal')
        return { type: 'literal', value: node.value, range };
      return stringExpression(node.value, range, mode, errors);
    case 'list':
      return { type: 'tuple', items: node.items.map((item) => jsonExpression(item, mode, errors)), range };
    case 'map':
      return {
        type: 'object',
        items: [...node.entries]
          .filter(([key]) => key !== '//')
          .map(([key, value]) => {
            const keyRange = value.keyRange ?? value.range;
            const keyExpr: Expression = { type: 'literal', value: key, range: keyRange };
            return {
              key: keyExpr,
              value: jsonExpression(value, mode, errors),
              range: spanRange(keyRange, value.range),
            };
          }),
        range,
      };
    case 'unknown':
      return { type: 'invalid', range };
  }
}

function stringExpression(
  text: string,
  range: SourceRange,
  mode: 'template' | 'expression',
  errors: HclError[],
): Expression {
  if (mode === 'template' && !text.includes('{')) return { type: 'literal', value: text, range };
  const position = { line: range.startLine, column: range.startColumn + 1 };
  const parsed = mode === 'template' ? parseTemplate(text, position) : parseExpressionText(text, position);
  errors.push(...parsed.errors);
  return parsed.expr.type === 'invalid' ? { type: 'invalid', range } : withRange(parsed.expr, range);
}

/** Positions inside a JSON string are approximate (escapes shift them); the string's own range is exact. */
function withRange(expr: Expression, range: SourceRange): Expression {
  return { ...expr, range };
}
