import type { Expression } from '../../parsers/hcl/ast';

interface ReferenceScope {
  readonly prefix: string;
  isResourceType(root: string): boolean;
}

/**
 * Resource addresses named in an expression without evaluating it, for
 * `depends_on = [aws_iam_role_policy.x, module.network]`.
 */
export function staticReferences(expr: Expression, scope: ReferenceScope): string[] {
  const items = expr.type === 'tuple' ? expr.items : [expr];
  const found: string[] = [];
  for (const item of items) {
    const parts = traversalNames(item);
    if (!parts) continue;
    const [root, first, second] = parts;
    if (root === 'data' && first && second) found.push(`${scope.prefix}data.${first}.${second}`);
    else if (root === 'module' && first) found.push(`${scope.prefix}module.${first}`);
    else if (root && first && scope.isResourceType(root)) found.push(`${scope.prefix}${root}.${first}`);
  }
  return found;
}

function traversalNames(expr: Expression): string[] | undefined {
  const names: string[] = [];
  let current = expr;
  while (current.type === 'getattr' || current.type === 'index') {
    if (current.type === 'getattr') names.unshift(current.name);
    current = current.source;
  }
  if (current.type !== 'variable') return undefined;
  return [current.name, ...names];
}
