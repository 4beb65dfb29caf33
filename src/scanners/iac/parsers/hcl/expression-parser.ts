import { spanRange, type BinaryOperator, type Expression } from './ast';
import { CollectionParser } from './collection-parser';
import { parseHeredoc, parseQuoted } from './template-parser';
import { rangeBetween, tokenRange, type Token, type TokenKind } from './tokens';

/** Binding strength of the binary operators, as the HCL native syntax specification orders them. */
const PRECEDENCE: Partial<Record<TokenKind, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

/** The value of `true`, `false` or `null`; undefined for any other name (`constructor` too). */
function keywordValue(name: string): boolean | null | undefined {
  switch (name) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

export class ExpressionParser extends CollectionParser {
  parseExpression(): Expression {
    this.enter();
    try {
      const condition = this.parseBinary(1);
      if (this.peek().kind !== '?') return condition;
      this.take();
      const trueExpr = this.parseExpression();
      this.expect(':', "':' of the conditional expression");
      const falseExpr = this.parseExpression();
      return {
        type: 'conditional',
        condition,
        trueExpr,
        falseExpr,
        range: spanRange(condition.range, falseExpr.range),
      };
    } finally {
      this.leave();
    }
  }

  private parseBinary(minLevel: number): Expression {
    let left = this.parseUnary();
    for (;;) {
      const kind = this.peek().kind;
      const level = PRECEDENCE[kind];
      if (level === undefined || level < minLevel) return left;
      this.take();
      const right = this.parseBinary(level + 1);
      left = {
        type: 'binary',
        op: kind as BinaryOperator,
        left,
        right,
        range: spanRange(left.range, right.range),
      };
    }
  }

  private parseUnary(): Expression {
    const token = this.peek();
    if (token.kind !== '-' && token.kind !== '!') return this.parsePostfix(this.parsePrimary());
    this.take();
    this.enter();
    try {
      const operand = this.parseUnary();
      const range = spanRange(tokenRange(token), operand.range);
      if (token.kind === '-' && operand.type === 'literal' && typeof operand.value === 'number') {
        return { type: 'literal', value: -operand.value, range };
      }
      return { type: 'unary', op: token.kind, operand, range };
    } finally {
      this.leave();
    }
  }

  private parsePrimary(): Expression {
    const token = this.peek();
    switch (token.kind) {
      case 'number':
        this.take();
        return { type: 'literal', value: Number(this.text(token)), range: tokenRange(token) };
      case 'ident':
        return this.parseIdentifier();
      case 'oquote':
        return parseQuoted(this, this.take());
      case 'oheredoc':
        return parseHeredoc(this, this.take());
      case '(': {
        this.take();
        const level = this.ignoreNewlines(true);
        const expr = this.parseExpression();
        const close = this.expect(')', "')'");
        this.restoreNewlines(level);
        return { type: 'parens', expr, range: rangeBetween(token, close) };
      }
      case '[':
        return this.parseTuple();
      case '{':
        return this.parseObject();
      default:
        this.fail(`expected an expression, found ${this.describeToken(token)}`, token);
    }
  }

  private parseIdentifier(): Expression {
    const token = this.take();
    const name = this.text(token);
    const keyword = keywordValue(name);
    if (keyword !== undefined) return { type: 'literal', value: keyword, range: tokenRange(token) };
    let callName = name;
    while (this.peek().kind === '::') {
      this.take();
      callName += `::${this.text(this.expect('ident', 'a function name after ::'))}`;
    }
    if (this.peek().kind === '(') return this.parseCall(token, callName);
    if (callName !== name) this.fail(`expected '(' after the function name ${callName}`, this.peek());
    return { type: 'variable', name, range: tokenRange(token) };
  }

  private parseCall(nameToken: Token, name: string): Expression {
    this.take();
    const level = this.ignoreNewlines(true);
    const args: Expression[] = [];
    let expandFinal = false;
    while (this.peek().kind !== ')') {
      if (expandFinal) this.fail('only the last argument can be expanded with ...', this.peek());
      args.push(this.parseExpression());
      if (this.peek().kind === '...') {
        this.take();
        expandFinal = true;
      }
      if (this.peek().kind !== ',') break;
      this.take();
    }
    const close = this.expect(')', `',' or ')' in the arguments of ${name}()`);
    this.restoreNewlines(level);
    return {
      type: 'call',
      name,
      args,
      expandFinal,
      nameRange: tokenRange(nameToken),
      range: rangeBetween(nameToken, close),
    };
  }

  /** Attribute access, indexes and splats after an expression. */
  parsePostfix(source: Expression): Expression {
    let expr = source;
    for (;;) {
      const token = this.peek();
      if (token.kind === '.') expr = this.parseDot(expr);
      else if (token.kind === '[') expr = this.parseBracket(expr);
      else return expr;
    }
  }

  private parseDot(source: Expression): Expression {
    this.take();
    const token = this.take();
    if (token.kind === 'ident') {
      return {
        type: 'getattr',
        source,
        name: this.text(token),
        range: spanRange(source.range, tokenRange(token)),
      };
    }
    if (token.kind === 'number') return legacyIndexes(source, this.text(token), token);
    if (token.kind === '*') {
      const anon: Expression = { type: 'anon', range: tokenRange(token) };
      let each: Expression = anon;
      while (this.peek().kind === '.' && this.peekAt(1).kind === 'ident') {
        this.take();
        const name = this.take();
        each = {
          type: 'getattr',
          source: each,
          name: this.text(name),
          range: spanRange(anon.range, tokenRange(name)),
        };
      }
      return { type: 'splat', source, each, full: false, range: spanRange(source.range, each.range) };
    }
    this.fail(`expected an attribute name after '.', found ${this.describeToken(token)}`, token);
  }

  private parseBracket(source: Expression): Expression {
    const open = this.take();
    const level = this.ignoreNewlines(true);
    if (this.peek().kind === '*' && this.peekAt(1).kind === ']') {
      this.take();
      const close = this.take();
      this.restoreNewlines(level);
      const anon: Expression = { type: 'anon', range: rangeBetween(open, close) };
      const each = this.parsePostfix(anon);
      return { type: 'splat', source, each, full: true, range: spanRange(source.range, each.range) };
    }
    const key = this.parseExpression();
    const close = this.expect(']', "']' after the index");
    this.restoreNewlines(level);
    return { type: 'index', source, key, range: spanRange(source.range, tokenRange(close)) };
  }
}

/** `a.0` and `a.0.1` (one number token) are the legacy index syntax. */
function legacyIndexes(source: Expression, text: string, token: Token): Expression {
  let expr = source;
  for (const part of text.split('.')) {
    if (!/^\d+$/.test(part)) continue;
    const range = spanRange(source.range, tokenRange(token));
    expr = {
      type: 'index',
      source: expr,
      key: { type: 'literal', value: Number(part), range: tokenRange(token) },
      range,
    };
  }
  return expr;
}
