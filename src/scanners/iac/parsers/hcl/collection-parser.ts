import type { SourceRange } from '../../../../core/location';
import { spanRange, type Expression, type ForExpr, type ObjectItem } from './ast';
import { describe, TokenCursor } from './cursor';
import { rangeBetween, tokenRange, type Token, type TokenKind } from './tokens';

/** Tuple and object constructors and the `for` expressions written inside their brackets. */
export abstract class CollectionParser extends TokenCursor {
  abstract parseExpression(): Expression;

  describeToken(token: Token): string {
    return describe(token, this.text(token));
  }

  protected parseTuple(): Expression {
    const open = this.take();
    const level = this.ignoreNewlines(true);
    if (this.isForIntro()) {
      const result = this.parseFor(open, ']');
      this.restoreNewlines(level);
      return result;
    }
    const items: Expression[] = [];
    while (this.peek().kind !== ']') {
      items.push(this.parseExpression());
      if (this.peek().kind !== ',') break;
      this.take();
    }
    const close = this.expect(']', "',' or ']' in the list");
    this.restoreNewlines(level);
    return { type: 'tuple', items, range: rangeBetween(open, close) };
  }

  protected parseObject(): Expression {
    const open = this.take();
    const level = this.ignoreNewlines(true);
    if (this.isForIntro()) {
      const result = this.parseFor(open, '}');
      this.restoreNewlines(level);
      return result;
    }
    this.restoreNewlines(level);
    this.ignoreNewlines(false);
    const items: ObjectItem[] = [];
    for (;;) {
      while (this.peek().kind === 'newline') this.take();
      if (this.peek().kind === '}') break;
      const key = this.parseObjectKey();
      this.expectOneOf(['=', ':'], "'=' after the object key");
      const value = this.parseExpression();
      items.push({ key, value, range: spanRange(key.range, value.range) });
      const next = this.peek().kind;
      if (next === ',' || next === 'newline') this.take();
      else if (next !== '}')
        this.fail(
          `expected ',', a line break or '}' after the object item, found ${this.describeToken(this.peek())}`,
          this.peek(),
        );
    }
    const close = this.take();
    this.restoreNewlines(level);
    return { type: 'object', items, range: rangeBetween(open, close) };
  }

  private parseObjectKey(): Expression {
    const token = this.peek();
    const after = this.peekAt(1).kind;
    if (token.kind === 'ident' && (after === '=' || after === ':')) {
      this.take();
      return { type: 'literal', value: this.text(token), range: tokenRange(token) };
    }
    return this.parseExpression();
  }

  private expectOneOf(kinds: TokenKind[], what: string): Token {
    const token = this.peek();
    if (!kinds.includes(token.kind)) this.fail(`expected ${what}, found ${this.describeToken(token)}`, token);
    return this.take();
  }

  private isForIntro(): boolean {
    const token = this.peek();
    return token.kind === 'ident' && this.text(token) === 'for' && this.peekAt(1).kind === 'ident';
  }

  private parseFor(open: Token, closing: ']' | '}'): ForExpr {
    this.take();
    const first = this.text(this.expect('ident', 'a variable name after for'));
    let keyVar: string | undefined;
    let valueVar = first;
    if (this.peek().kind === ',') {
      this.take();
      keyVar = first;
      valueVar = this.text(this.expect('ident', 'a second variable name'));
    }
    const inToken = this.expect('ident', "'in'");
    if (this.text(inToken) !== 'in')
      this.fail(`expected 'in', found ${this.describeToken(inToken)}`, inToken);
    const collection = this.parseExpression();
    this.expect(':', "':' after the for collection");
    let keyExpr: Expression | undefined;
    if (closing === '}') {
      keyExpr = this.parseExpression();
      this.expect('=>', "'=>' between the key and the value");
    }
    const valueExpr = this.parseExpression();
    let grouped = false;
    if (closing === '}' && this.peek().kind === '...') {
      this.take();
      grouped = true;
    }
    let condition: Expression | undefined;
    const next = this.peek();
    if (next.kind === 'ident' && this.text(next) === 'if') {
      this.take();
      condition = this.parseExpression();
    }
    const close = this.expect(closing, `'${closing}' to end the for expression`);
    const range: SourceRange = rangeBetween(open, close);
    return { type: 'for', keyVar, valueVar, collection, keyExpr, valueExpr, condition, grouped, range };
  }
}
