import type { SourceRange } from '../../../../core/location';
import type { Expression } from '../../parsers/hcl/ast';
import type { ModuleConfig } from './module-config';

/**
 * The file of a module's configuration that holds an expression. A syntax tree holds no
 * path (copies of a text share one), so the declarations around the expression are
 * searched for it: only to report the expression, never while evaluating.
 */
export function fileHolding(config: ModuleConfig, expr: Expression): string | undefined {
  const declarations: { file: string; range: SourceRange; tree: object }[] = [];
  for (const decl of [
    ...config.resources.values(),
    ...config.moduleCalls.values(),
    ...config.variables.values(),
    ...config.outputs.values(),
  ])
    declarations.push({ file: decl.file, range: decl.block.range, tree: decl.block });
  for (const local of config.locals.values())
    declarations.push({ file: local.file, range: local.attribute.range, tree: local.attribute });
  return declarations.find(
    (declaration) => contains(declaration.range, expr.range) && holds(declaration.tree, expr),
  )?.file;
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
