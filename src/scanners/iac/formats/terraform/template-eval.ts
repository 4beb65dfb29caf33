import type { TemplateExpr, TemplatePart } from '../../parsers/hcl/ast';
import { bindNames, type Env } from './env';
import { evaluate, iterationPairs } from './evaluator';
import { checkLength, EvalError, toBoolValue, toStringValue, Unknown, type Value } from './values';

/** Renders a template; `"${x}"` alone yields x itself, and any unknown part makes the whole text unknown. */
export function evaluateTemplate(expr: TemplateExpr, env: Env): Value {
  if (expr.single && expr.parts.length === 1 && expr.parts[0]!.type === 'interp')
    return evaluate(expr.parts[0]!.expr, env);
  const out = { parts: [] as string[], length: 0 };
  const unknown = render(expr.parts, env, out);
  return unknown ?? out.parts.join('');
}

interface Output {
  parts: string[];
  length: number;
}

function append(out: Output, text: string): void {
  out.length += text.length;
  checkLength(out.length);
  out.parts.push(text);
}

function render(parts: TemplatePart[], env: Env, out: Output): Unknown | undefined {
  for (const part of parts) {
    switch (part.type) {
      case 'text':
        append(out, part.value);
        break;
      case 'interp': {
        const value = evaluate(part.expr, env);
        if (value instanceof Unknown) return value;
        if (value === null) throw new EvalError('a template interpolation is null');
        append(out, toStringValue(value, 'an interpolated value'));
        break;
      }
      case 'if': {
        const condition = evaluate(part.condition, env);
        if (condition instanceof Unknown) return condition;
        const unknown = render(
          toBoolValue(condition, 'the %{if} condition') ? part.then : part.else,
          env,
          out,
        );
        if (unknown) return unknown;
        break;
      }
      case 'for': {
        const collection = evaluate(part.collection, env);
        if (collection instanceof Unknown) return collection;
        for (const [key, value] of iterationPairs(collection)) {
          const names: [string, Value][] = [[part.valueVar, value]];
          if (part.keyVar) names.push([part.keyVar, key]);
          const unknown = render(part.body, { ...env, scope: bindNames(env.scope, names) }, out);
          if (unknown) return unknown;
        }
        break;
      }
    }
  }
  return undefined;
}
