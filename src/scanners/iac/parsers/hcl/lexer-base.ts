import type { HclError } from './ast';
import type { Token, TokenKind } from './tokens';

export type Frame =
  | { mode: 'native'; nested: boolean; braces: number }
  | { mode: 'quoted' }
  | { mode: 'heredoc'; marker: string; atLineStart: boolean; line: number; column: number }
  | { mode: 'bare' };

export interface LexerOptions {
  /** Lex the whole input as a template (JSON strings, templatefile) instead of native syntax. */
  template?: boolean;
  /** Position of the first character, for text taken from inside another file. */
  line?: number;
  column?: number;
}
/**
 * The lexer's position and mode stack, the tokens it makes, and template text:
 * quoted strings, heredocs and bare templates, up to the interpolation or
 * directive that hands over to native syntax.
 */
export abstract class LexerBase {
  protected pos = 0;
  protected nesting = 0;
  protected line: number;
  protected lineStart: number;
  protected readonly frames: Frame[];
  readonly errors: HclError[] = [];

  constructor(
    readonly src: string,
    options: LexerOptions = {},
  ) {
    this.line = options.line ?? 1;
    // 1 - column, never -0: a -0 here makes every column a boxed double.
    this.lineStart = 1 - (options.column ?? 1);
    this.frames = [options.template ? { mode: 'bare' } : { mode: 'native', nested: false, braces: 0 }];
  }

  protected make(kind: TokenKind, start: number, line: number, column: number): Token {
    return {
      kind,
      start,
      end: this.pos,
      line,
      column,
      endLine: this.line,
      endColumn: this.pos - this.lineStart + 1,
      depth: this.nesting,
      // Always present, so every token has one shape and the parser's property reads stay fast.
      strip: false,
      flush: false,
      quoted: false,
    };
  }

  protected opener(token: Token): Token {
    this.nesting++;
    return token;
  }

  protected closer(kind: TokenKind, start: number, line: number, column: number): Token {
    this.nesting = Math.max(0, this.nesting - 1);
    return this.make(kind, start, line, column);
  }

  protected column(): number {
    return this.pos - this.lineStart + 1;
  }

  protected newlineAt(offset: number): void {
    this.line++;
    this.lineStart = offset + 1;
  }

  protected heredocStart(start: number, line: number, column: number): Token | undefined {
    const match = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.src.slice(start, start + 260));
    if (!match) return undefined;
    this.pos = start + match[0].length;
    const token = this.opener(this.make('oheredoc', start, line, column));
    token.flush = match[1] === '-';
    token.endLine = line;
    token.endColumn = column + match[0].trimEnd().length;
    this.newlineAt(this.pos - 1);
    this.frames.push({ mode: 'heredoc', marker: match[2]!, atLineStart: true, line, column });
    return token;
  }

  protected heredoc(frame: Frame & { mode: 'heredoc' }): Token {
    const src = this.src;
    if (frame.atLineStart) {
      let index = this.pos;
      while (src.charCodeAt(index) === 32 || src.charCodeAt(index) === 9) index++;
      if (src.startsWith(frame.marker, index)) {
        const after = index + frame.marker.length;
        const c = src.charCodeAt(after);
        if (after >= src.length || c === 10 || (c === 13 && src.charCodeAt(after + 1) === 10)) {
          const start = this.pos;
          const column = this.column();
          this.pos = after;
          this.frames.pop();
          return this.closer('cheredoc', start, this.line, column);
        }
      }
    }
    if (this.pos >= src.length) {
      this.errors.push({
        message: `unterminated heredoc: no line with the closing marker ${frame.marker}`,
        line: frame.line,
        column: frame.column,
      });
      this.frames.pop();
      return this.closer('cheredoc', this.pos, this.line, this.column());
    }
    return this.templateText(false, frame);
  }

  /** Literal text of a template, then the sequence or closing quote that ends it. */
  protected templateText(quoted: boolean, heredoc?: Frame & { mode: 'heredoc' }): Token {
    const src = this.src;
    const start = this.pos;
    const line = this.line;
    const column = this.column();
    let pos = start;
    for (;;) {
      if (pos >= src.length) break;
      const c = src.charCodeAt(pos);
      if (c === 10) {
        if (quoted) break;
        this.newlineAt(pos);
        pos++;
        if (heredoc) {
          heredoc.atLineStart = true;
          break;
        }
        continue;
      }
      if (quoted && c === 0x22) break;
      if (quoted && c === 0x5c) {
        pos += src.charCodeAt(pos + 1) === 10 ? 1 : 2;
        continue;
      }
      if ((c === 0x24 || c === 0x25) && src.charCodeAt(pos + 1) === 0x7b) break;
      if ((c === 0x24 || c === 0x25) && src.charCodeAt(pos + 1) === c && src.charCodeAt(pos + 2) === 0x7b) {
        pos += 3;
        continue;
      }
      pos++;
    }
    if (pos > start) {
      this.pos = pos;
      const token = this.make('literal', start, line, column);
      if (quoted) token.quoted = true;
      if (heredoc && src.charCodeAt(pos - 1) !== 10) heredoc.atLineStart = false;
      return token;
    }
    return this.templateDelimiter(quoted, heredoc);
  }

  protected templateDelimiter(quoted: boolean, heredoc?: Frame & { mode: 'heredoc' }): Token {
    const src = this.src;
    const start = this.pos;
    const line = this.line;
    const column = this.column();
    const c = src.charCodeAt(start);
    if (start < src.length && (c === 0x24 || c === 0x25)) {
      this.pos += 2;
      const strip = src.charCodeAt(this.pos) === 0x7e;
      if (strip) this.pos++;
      if (heredoc) heredoc.atLineStart = false;
      this.frames.push({ mode: 'native', nested: true, braces: 0 });
      const token = this.opener(this.make(c === 0x24 ? 'interp' : 'control', start, line, column));
      if (strip) token.strip = true;
      return token;
    }
    if (quoted) {
      this.frames.pop();
      if (c === 0x22) {
        this.pos++;
        return this.closer('cquote', start, line, column);
      }
      this.errors.push({
        message: 'unterminated string: a quoted string must end on the line it starts',
        line,
        column,
      });
      return this.closer('cquote', start, line, column);
    }
    return this.make('eof', start, line, column);
  }
}
