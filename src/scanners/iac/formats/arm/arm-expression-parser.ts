/** The ARM template expression language: `[concat(parameters('prefix'), '-web')]`. */
export type ArmExpression =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: ArmExpression[] }
  | { kind: 'property'; target: ArmExpression; name: string }
  | { kind: 'index'; target: ArmExpression; index: ArmExpression };

/** True for a string that holds an expression; `[[` escapes a literal bracket. */
export function isExpression(text: string): boolean {
  return text.length >= 2 && text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}

export class ArmExpressionError extends Error {}

const MAX_LENGTH = 64 * 1024;
const MAX_DEPTH = 64;

export function parseArmExpression(text: string): ArmExpression {
  if (text.length > MAX_LENGTH) throw new ArmExpressionError('expression is too long');
  const parser = new Parser(text.slice(1, -1));
  const expression = parser.expression(0);
  parser.skipSpace();
  if (!parser.done()) throw new ArmExpressionError(`unexpected "${parser.rest()}"`);
  return expression;
}

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.position >= this.source.length;
  }

  rest(): string {
    return this.source.slice(this.position, this.position + 20);
  }

  skipSpace(): void {
    while (/\s/.test(this.source[this.position] ?? '')) this.position++;
  }

  expression(depth: number): ArmExpression {
    if (depth > MAX_DEPTH) throw new ArmExpressionError('expression nested too deeply');
    this.skipSpace();
    let result = this.primary(depth);
    for (;;) {
      const next = this.source[this.position];
      if (next === '.') {
        this.position++;
        result = { kind: 'property', target: result, name: this.identifier() };
      } else if (next === '[') {
        this.position++;
        const index = this.expression(depth + 1);
        this.expect(']');
        result = { kind: 'index', target: result, index };
      } else return result;
    }
  }

  private primary(depth: number): ArmExpression {
    const char = this.source[this.position];
    if (char === "'") return { kind: 'string', value: this.string() };
    if (char !== undefined && /[-\d]/.test(char)) {
      const match = /^-?\d+(\.\d+)?/.exec(this.source.slice(this.position));
      if (!match) throw new ArmExpressionError(`bad number at "${this.rest()}"`);
      this.position += match[0].length;
      return { kind: 'number', value: Number(match[0]) };
    }
    const name = this.identifier();
    this.skipSpace();
    this.expect('(');
    const args: ArmExpression[] = [];
    this.skipSpace();
    if (this.source[this.position] === ')') this.position++;
    else {
      for (;;) {
        args.push(this.expression(depth + 1));
        this.skipSpace();
        const separator = this.source[this.position++];
        if (separator === ')') break;
        if (separator !== ',') throw new ArmExpressionError(`expected "," or ")" in ${name}()`);
      }
    }
    return { kind: 'call', name: name.toLowerCase(), args };
  }

  private identifier(): string {
    const match = /^[A-Za-z_$][\w$]*/.exec(this.source.slice(this.position));
    if (!match) throw new ArmExpressionError(`expected a name at "${this.rest()}"`);
    this.position += match[0].length;
    return match[0];
  }

  private string(): string {
    let value = '';
    this.position++;
    for (;;) {
      const char = this.source[this.position++];
      if (char === undefined) throw new ArmExpressionError('unterminated string');
      if (char === "'") {
        if (this.source[this.position] === "'") {
          value += "'";
          this.position++;
          continue;
        }
        return value;
      }
      value += char;
    }
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.source[this.position] !== char)
      throw new ArmExpressionError(`expected "${char}" at "${this.rest()}"`);
    this.position++;
  }
}
