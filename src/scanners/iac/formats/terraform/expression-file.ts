import type { SourceRange } from '../../../../core/location';
import type { Body, Expression } from '../../parsers/hcl/ast';
import type { ModuleConfig } from './module-config';

/** By module configuration, the file of each attribute's expression, made when one is first reported. */
const filesByConfig = new WeakMap<ModuleConfig, Map<Expression, string | undefined>>();

/**
 * The file of a module's configuration that holds an expression. A syntax tree holds no
 * path (copies of a text share one), so the declarations are searched: only to report
 * an expression, never while evaluating. Every instance of a module reports the same
 * expressions, so what is found is kept.
 */
export function fileHolding(config: ModuleConfig, expr: Expression): string | undefined {
  let files = filesByConfig.get(config);
  if (!files) filesByConfig.set(config, (files = attributeFiles(config)));
  if (!files.has(expr)) files.set(expr, searchDeclarations(config, expr));
  return files.get(expr);
}

/** The expressions of every attribute, nested blocks included: what evaluation starts from. */
function attributeFiles(config: ModuleConfig): Map<Expression, string | undefined> {
  const files = new Map<Expression, string | undefined>();
  const add = (body: Body, file: string): void => {
    for (const attribute of body.attributes) files.set(attribute.expr, file);
    for (const block of body.blocks) add(block.body, file);
  };
  for (const decl of declarations(config)) add(decl.block.body, decl.file);
  for (const local of config.locals.values()) files.set(local.attribute.expr, local.file);
  return files;
}

/** An expression inside an attribute's (what jsonencode() encodes, a default in a variable's type) is looked for in the declarations around it. */
function searchDeclarations(config: ModuleConfig, expr: Expression): string | undefined {
  return declarations(config).find(
    (decl) => contains(decl.block.range, expr.range) && holds(decl.block, expr),
  )?.file;
}

function declarations(config: ModuleConfig): { file: string; block: { range: SourceRange; body: Body } }[] {
  return [
    ...config.resources.values(),
    ...config.moduleCalls.values(),
    ...config.variables.values(),
    ...config.outputs.values(),
  ];
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
  const startsAfter =
    inner.startLine > outer.startLine ||
    (inner.startLine === outer.startLine && inner.startColumn >= outer.startColumn);
  const endsBefore =
    inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return startsAfter && endsBefore;
}

/** Whether the node is the target or holds it; syntax trees are plain objects and arrays, without cycles. */
function holds(node: unknown, target: object): boolean {
  if (node === target) return true;
  if (typeof node !== 'object' || node === null) return false;
  return (Array.isArray(node) ? node : Object.values(node)).some((child) => holds(child, target));
}
