import type { SourceRange } from '../../../../core/location';
import type { Attribute, Block, Body, Expression, HclError, HclFile } from './ast';
import { HclSyntaxError } from './cursor';
import { ExpressionParser } from './expression-parser';
import { Lexer, type LexerOptions } from './lexer';
import { parseBare } from './template-parser';
import { rangeBetween, tokenRange, type Token } from './tokens';

/** After this many errors a file is not worth reading further (binary or another language). */
const MAX_ERRORS = 50;

/**
 * Parses HCL native syntax. A syntax error is recorded with its line and column
 * and the parser skips to the next line at the same nesting depth, so one broken
 * attribute costs only itself.
 */
export function parseHcl(text: string): HclFile {
  const parser = new BodyParser(new Lexer(text));
  const start = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const body = parser.parseBody(undefined, start);
  return { body, errors: parser.errors.slice(0, MAX_ERRORS) };
}

/** Parses text as a template (interpolations and directives, no quotes), as JSON strings and templatefile use. */
export function parseTemplate(
  text: string,
  options: LexerOptions = {},
): { expr: Expression; errors: HclError[] } {
  const line = options.line ?? 1;
  const column = options.column ?? 1;
  const parser = new ExpressionParser(new Lexer(text, { ...options, template: true }));
  const range: SourceRange = {
    startLine: line,
    startColumn: column,
    endLine: line,
    endColumn: column + text.length,
  };
  try {
    return { expr: parseBare(parser, range), errors: parser.errors };
  } catch (error) {
    if (!(error instanceof HclSyntaxError)) throw error;
    return { expr: { type: 'invalid', range }, errors: [...parser.errors, toError(error)] };
  }
}

/** Parses one expression (a variable's `type` in JSON, a `-var` value). */
export function parseExpressionText(
  text: string,
  options: LexerOptions = {},
): { expr: Expression; errors: HclError[] } {
  const parser = new ExpressionParser(new Lexer(text, options));
  try {
    parser.ignoreNewlines(true);
    const expr = parser.parseExpression();
    const rest = parser.peek();
    if (rest.kind !== 'eof')
      parser.fail(`unexpected ${parser.describeToken(rest)} after the expression`, rest);
    return { expr, errors: parser.errors };
  } catch (error) {
    if (!(error instanceof HclSyntaxError)) throw error;
    const range = {
      startLine: error.line,
      startColumn: error.column,
      endLine: error.line,
      endColumn: error.column,
    };
    return { expr: { type: 'invalid', range }, errors: [...parser.errors, toError(error)] };
  }
}

/** From the start of `from` to the end of `to`. */
function extendTo(from: SourceRange, to: SourceRange): SourceRange {
  return {
    startLine: from.startLine,
    startColumn: from.startColumn,
    endLine: to.endLine,
    endColumn: to.endColumn,
  };
}

function toError(error: HclSyntaxError): HclError {
  return { message: error.message, line: error.line, column: error.column };
}

class BodyParser extends ExpressionParser {
  parseBody(open: Token | undefined, startRange: SourceRange): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    const seen = new Set<string>();
    let end = startRange;
    for (;;) {
      if (this.errors.length >= MAX_ERRORS) break;
      const token = this.peek();
      if (token.kind === 'newline') {
        this.take();
        continue;
      }
      if (token.kind === 'eof') {
        if (open) this.record(`unclosed block: the '{' here has no matching '}'`, open);
        end = tokenRange(token);
        break;
      }
      if (token.kind === '}') {
        if (open) {
          end = tokenRange(token);
          break;
        }
        this.record("unexpected '}' with no block open", token);
        this.take();
        continue;
      }
      this.item(attributes, blocks, seen, open !== undefined);
    }
    return { attributes, blocks, range: extendTo(startRange, end) };
  }

  private item(attributes: Attribute[], blocks: Block[], seen: Set<string>, inBlock: boolean): void {
    const level = this.newlineLevel;
    const depth = this.currentDepth;
    const start = this.peek();
    try {
      const name = start;
      if (name.kind !== 'ident')
        this.fail(`expected an attribute or a block, found ${this.describeToken(name)}`, name);
      this.take();
      if (this.peek().kind === '=') {
        const attribute = this.attribute(name, inBlock);
        if (seen.has(attribute.name)) {
          this.record(`attribute ${attribute.name} is defined more than once in this body`, name);
        }
        seen.add(attribute.name);
        attributes.push(attribute);
      } else blocks.push(this.block(name));
    } catch (error) {
      if (!(error instanceof HclSyntaxError)) throw error;
      this.errors.push({ message: error.message, line: error.line, column: error.column });
      this.restoreNewlines(level);
      this.resetDepth(depth);
      this.recover(start.depth);
    }
  }

  private attribute(name: Token, inBlock: boolean): Attribute {
    this.take();
    const expr = this.parseExpression();
    const after = this.peek();
    if (after.kind === 'newline') this.take();
    else if (after.kind !== 'eof' && !(inBlock && after.kind === '}')) {
      this.fail(
        `expected a line break after the value of ${this.text(name)}, found ${this.describeToken(after)}`,
        after,
      );
    }
    const nameRange = tokenRange(name);
    return { name: this.text(name), nameRange, expr, range: extendTo(nameRange, expr.range) };
  }

  private block(typeToken: Token): Block {
    const labels: string[] = [];
    const labelRanges: SourceRange[] = [];
    for (;;) {
      const token = this.peek();
      if (token.kind === 'ident') {
        this.take();
        labels.push(this.text(token));
        labelRanges.push(tokenRange(token));
      } else if (token.kind === 'oquote') {
        const label = this.label();
        labels.push(label.value);
        labelRanges.push(label.range);
      } else break;
    }
    const open = this.peek();
    if (open.kind !== '{') {
      const what = labels.length === 0 ? "'=' or a block" : "'{' to open the block";
      this.fail(`expected ${what} after ${this.text(typeToken)}, found ${this.describeToken(open)}`, open);
    }
    this.take();
    this.enter();
    const body = this.parseBody(open, tokenRange(open));
    this.leave();
    const close = this.peek();
    if (close.kind === '}') this.take();
    const after = this.peek();
    if (after.kind === 'newline') this.take();
    else if (after.kind !== 'eof' && after.kind !== '}') {
      this.record(`expected a line break after the block's '}', found ${this.describeToken(after)}`, after);
    }
    const typeRange = tokenRange(typeToken);
    const range = close.kind === '}' ? rangeBetween(typeToken, close) : extendTo(typeRange, body.range);
    return { type: this.text(typeToken), typeRange, labels, labelRanges, body, range };
  }

  private label(): { value: string; range: SourceRange } {
    const open = this.take();
    let value = '';
    for (;;) {
      const token = this.take();
      if (token.kind === 'cquote') return { value, range: rangeBetween(open, token) };
      if (token.kind !== 'literal')
        this.fail('a block label must be a plain string, without interpolation', token);
      const text = this.text(token);
      value += text.includes('\\') ? text.replace(/\\(["\\])/g, '$1') : text;
    }
  }

  private record(message: string, token: Token): void {
    this.errors.push({ message, line: token.line, column: token.column });
  }

  /**
   * Skips to the line break that ends the broken item (at the depth the item started
   * at), or to the '}' that closes the enclosing block; bracketed groups and templates
   * spanning lines are skipped whole.
   */
  private recover(depth: number): void {
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof') return;
      if (token.depth <= depth && token.kind === 'newline') {
        this.take();
        return;
      }
      if (token.depth < depth && token.kind === '}') return;
      this.take();
    }
  }
}
