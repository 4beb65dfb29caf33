/**
 * The part of GitHub's expression language our action.yml files use, evaluated as the runner does:
 * `${{ }}` templates, property paths into contexts, string and boolean literals, `!`, `==`, `!=`, `&&`,
 * `||` (returning operand values), parentheses, format() and the status functions. Anything else throws,
 * so an action.yml that starts using more cannot pass these tests by accident.
 */
export type Value = string | number | boolean | null | Record<string, unknown>;
export type Contexts = Record<string, unknown>;

export interface StatusFunctions {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

export function interpolate(template: string, contexts: Contexts, status: StatusFunctions): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    toText(evaluate(expression, contexts, status)),
  );
}

export function evaluate(expression: string, contexts: Contexts, status: StatusFunctions): Value {
  const parser = new Parser(tokenize(expression), contexts, status);
  const value = parser.or();
  parser.expectEnd();
  return value;
}

/** An `if:` without a status function means `success() && (...)`. */
export function evaluateCondition(
  condition: string | undefined,
  contexts: Contexts,
  status: StatusFunctions,
): boolean {
  if (condition === undefined) return status.success;
  const expression = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const explicit = /\b(success|failure|always|cancelled)\(\)/.test(expression);
  const value = truthy(evaluate(expression, contexts, status));
  return explicit ? value : status.success && value;
}

export function truthy(value: Value): boolean {
  return !(value === '' || value === false || value === null || value === 0);
}

export function toText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

type Token = { kind: 'op' | 'string' | 'number' | 'name'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(==|!=|&&|\|\||[!().,])|'((?:[^']|'')*)'|(\d+(?:\.\d+)?)|([A-Za-z_][\w-]*))/y;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) throw new Error(`unsupported expression syntax at "${source.slice(index)}"`);
    index = pattern.lastIndex;
    if (match[1]) tokens.push({ kind: 'op', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'string', text: match[2].replace(/''/g, "'") });
    else if (match[3]) tokens.push({ kind: 'number', text: match[3] });
    else tokens.push({ kind: 'name', text: match[4]! });
  }
  return tokens;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly contexts: Contexts,
    private readonly status: StatusFunctions,
  ) {}

  or(): Value {
    let left = this.and();
    while (this.accept('||')) {
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): Value {
    let left = this.comparison();
    while (this.accept('&&')) {
      const right = this.comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private comparison(): Value {
    const left = this.unary();
    for (const op of ['==', '!=']) {
      if (this.accept(op)) {
        const equal = toText(left).toLowerCase() === toText(this.unary()).toLowerCase();
        return op === '==' ? equal : !equal;
      }
    }
    return left;
  }

  private unary(): Value {
    if (this.accept('!')) return !truthy(this.unary());
    return this.primary();
  }

  private primary(): Value {
    const token = this.tokens[this.index++];
    if (!token) throw new Error('unexpected end of expression');
    if (token.kind === 'op' && token.text === '(') {
      const value = this.or();
      this.expect(')');
      return value;
    }
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return Number(token.text);
    if (token.kind !== 'name') throw new Error(`unexpected "${token.text}"`);
    if (token.text === 'true' || token.text === 'false') return token.text === 'true';
    if (this.accept('(')) return this.call(token.text);
    return this.path(token.text);
  }

  private call(name: string): Value {
    const args: Value[] = [];
    if (!this.accept(')')) {
      do args.push(this.or());
      while (this.accept(','));
      this.expect(')');
    }
    if (name === 'success') return this.status.success;
    if (name === 'failure') return this.status.failure;
    if (name === 'cancelled') return this.status.cancelled;
    if (name === 'always') return true;
    if (name === 'format') {
      const [template, ...rest] = args;
      return toText(template ?? '').replace(/\{(\d+)\}/g, (_, n: string) => toText(rest[Number(n)] ?? ''));
    }
    throw new Error(`unsupported function ${name}()`);
  }

  private path(root: string): Value {
    if (!(root in this.contexts)) throw new Error(`unknown context "${root}"`);
    let value: unknown = this.contexts[root];
    while (this.accept('.')) {
      const name = this.tokens[this.index++];
      if (!name || name.kind !== 'name') throw new Error('expected a property name');
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[name.text]
          : undefined;
    }
    return value === undefined ? null : (value as Value);
  }

  private accept(text: string): boolean {
    const token = this.tokens[this.index];
    if (token?.kind === 'op' && token.text === text) {
      this.index++;
      return true;
    }
    return false;
  }

  private expect(text: string): void {
    if (!this.accept(text)) throw new Error(`expected "${text}"`);
  }

  expectEnd(): void {
    if (this.index < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.index]!.text}"`);
  }
}
