import type { HclError } from './ast';
import type { Lexer } from './lexer';
import { ParseLimitError, PARSE_LIMITS } from '../parse-limits';
import type { Token, TokenKind } from './tokens';

/** A syntax error inside one attribute or block; the body parser records it and skips to the next line. */
export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * Lookahead over the lexer's tokens. Line breaks end attributes in bodies and
 * separate object items, but mean nothing inside parentheses, brackets,
 * interpolations and `for` expressions: a stack says which applies.
 */
export class TokenCursor {
  readonly errors: HclError[];
  /**
   * Tokens read ahead are `buffer[head]` to `buffer[end - 1]`. The slots are reused once every
   * token is taken, so lookahead allocates nothing per token.
   */
  private readonly buffer: Token[] = [];
  private head = 0;
  private end = 0;
  private readonly newlineModes: boolean[] = [false];
  private skipNewlines = false;
  private depth = 0;

  constructor(protected readonly lexer: Lexer) {
    this.errors = lexer.errors;
  }

  /** The next token, skipping line breaks where they are insignificant. */
  peek(): Token {
    let token = this.head < this.end ? this.buffer[this.head]! : this.raw(0);
    if (this.skipNewlines) {
      while (token.kind === 'newline') {
        this.head++;
        token = this.raw(0);
      }
    }
    return token;
  }

  /** The n-th significant token ahead (0 is `peek()`). */
  peekAt(n: number): Token {
    const skip = this.skipNewlines;
    let index = 0;
    for (let seen = 0; ; index++) {
      const token = this.raw(index);
      if (skip && token.kind === 'newline') continue;
      if (seen === n || token.kind === 'eof') return token;
      seen++;
    }
  }

  take(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.head++;
    return token;
  }

  expect(kind: TokenKind, what: string): Token {
    const token = this.peek();
    if (token.kind !== kind) this.fail(`expected ${what}, found ${describe(token, this.text(token))}`, token);
    return this.take();
  }

  fail(message: string, token: Token): never {
    throw new HclSyntaxError(message, token.line, token.column);
  }

  text(token: Token): string {
    return this.lexer.src.slice(token.start, token.end);
  }

  ignoreNewlines(ignore: boolean): number {
    this.newlineModes.push(ignore);
    this.skipNewlines = ignore;
    return this.newlineModes.length - 1;
  }

  /** Restores the newline mode saved by `ignoreNewlines` (also after an error unwound past it). */
  restoreNewlines(level: number): void {
    this.newlineModes.length = level;
    this.skipNewlines = this.newlineModes[level - 1] ?? false;
  }

  enter(): void {
    if (++this.depth > PARSE_LIMITS.maxDepth) {
      throw new ParseLimitError(`nesting is deeper than ${PARSE_LIMITS.maxDepth} levels`);
    }
  }

  leave(): void {
    this.depth--;
  }

  resetDepth(depth: number): void {
    this.depth = depth;
  }

  get currentDepth(): number {
    return this.depth;
  }

  get newlineLevel(): number {
    return this.newlineModes.length;
  }

  private raw(index: number): Token {
    while (this.end - this.head <= index) {
      if (this.head === this.end) {
        this.head = 0;
        this.end = 0;
      } else if (this.head > 256) {
        this.buffer.copyWithin(0, this.head, this.end);
        this.end -= this.head;
        this.head = 0;
      }
      this.buffer[this.end++] = this.lexer.next();
    }
    return this.buffer[this.head + index]!;
  }
}

export function describe(token: Token, text: string): string {
  switch (token.kind) {
    case 'eof':
      return 'the end of the file';
    case 'newline':
      return 'a line break';
    case 'oquote':
    case 'literal':
      return 'a string';
    case 'oheredoc':
      return 'a heredoc';
    case 'invalid':
      return `the invalid character ${JSON.stringify(text)}`;
    case 'ident':
      return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
    case 'number':
      return `the number ${text.slice(0, 40)}`;
    case 'tend':
      return "'}'";
    case 'cquote':
      return 'the closing quote';
    default:
      return `'${token.kind}'`;
  }
}
