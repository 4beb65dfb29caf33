import type { Token, TokenKind } from './tokens';
import { LexerBase, type Frame } from './lexer-base';

export type { LexerOptions } from './lexer-base';

const SINGLE: Record<number, TokenKind> = {
  0x5b: '[',
  0x5d: ']',
  0x28: '(',
  0x29: ')',
  0x2c: ',',
  0x3f: '?',
  0x2b: '+',
  0x2d: '-',
  0x2a: '*',
  0x25: '%',
};

const TWO: Record<string, TokenKind> = {
  '==': '==',
  '=>': '=>',
  '!=': '!=',
  '<=': '<=',
  '>=': '>=',
  '&&': '&&',
  '||': '||',
  '::': '::',
};

const ONE_OR_TWO: Record<number, TokenKind> = { 0x3d: '=', 0x21: '!', 0x3c: '<', 0x3e: '>', 0x3a: ':' }; /**
 * Turns HCL native syntax into tokens on demand. Templates nest inside expressions
 * and expressions inside templates, so the lexer keeps a stack of modes, as the
 * HCL specification's scanner does; the parser only ever sees a flat stream.
 */
export class Lexer extends LexerBase {
  next(): Token {
    for (;;) {
      const frame = this.frames[this.frames.length - 1]!;
      const token =
        frame.mode === 'native'
          ? this.native(frame)
          : frame.mode === 'heredoc'
            ? this.heredoc(frame)
            : this.templateText(frame.mode === 'quoted');
      if (token) return token;
    }
  }

  private native(frame: Frame & { mode: 'native' }): Token | undefined {
    const src = this.src;
    const end = src.length;
    // Reads stay inside the text: reading past its end deoptimised this function twice per scan,
    // once at the end of the first file and once when a token started on a file's last character.
    let c = this.pos < end ? src.charCodeAt(this.pos) : -1;
    while (c === 32 || c === 9 || c === 13) c = ++this.pos < end ? src.charCodeAt(this.pos) : -1;
    const start = this.pos;
    const line = this.line;
    const column = this.column();
    if (start >= end) return this.make('eof', start, line, column);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f)
      return this.ident(start, line, column);
    const next = start + 1 < end ? src.charCodeAt(start + 1) : -1;
    switch (c) {
      case 10: {
        this.pos++;
        const token = this.make('newline', start, line, column);
        token.endLine = line;
        token.endColumn = column + 1;
        this.newlineAt(start);
        return token;
      }
      case 0x23: // #
        this.skipLineComment();
        return undefined;
      case 0x2f: // /
        if (next === 0x2f) return this.skipLineComment();
        if (next === 0x2a) return this.blockComment(line, column);
        this.pos++;
        return this.make('/', start, line, column);
      case 0x22: // "
        this.pos++;
        this.frames.push({ mode: 'quoted' });
        return this.opener(this.make('oquote', start, line, column));
      case 0x7b: // {
        frame.braces++;
        this.pos++;
        return this.opener(this.make('{', start, line, column));
      case 0x7d: // }
        this.pos++;
        if (frame.nested && frame.braces === 0) {
          this.frames.pop();
          return this.closer('tend', start, line, column);
        }
        frame.braces = Math.max(0, frame.braces - 1);
        return this.closer('}', start, line, column);
      case 0x7e: // ~
        if (next === 0x7d && frame.nested && frame.braces === 0) {
          this.pos += 2;
          this.frames.pop();
          const token = this.closer('tend', start, line, column);
          token.strip = true;
          return token;
        }
        break;
      case 0x2e: // .
        if (next === 0x2e && src.charCodeAt(start + 2) === 0x2e) {
          this.pos += 3;
          return this.make('...', start, line, column);
        }
        this.pos++;
        return this.make('.', start, line, column);
      case 0x26: // &
      case 0x7c: // |
        if (next !== c) break;
        this.pos += 2;
        return this.make(c === 0x26 ? '&&' : '||', start, line, column);
    }
    const operator = this.operator(c, next, start, line, column);
    if (operator) return operator;
    if (c >= 0x30 && c <= 0x39) return this.number(start, line, column);
    if (isIdentStart(c, src, start)) return this.ident(start, line, column);
    const codePoint = src.codePointAt(start)!;
    this.pos += codePoint > 0xffff ? 2 : 1;
    return this.make('invalid', start, line, column);
  }

  /** Heredoc openers and the one- and two-character operators not handled by the switch. */
  private operator(c: number, next: number, start: number, line: number, column: number): Token | undefined {
    if (c === 0x3c && next === 0x3c) {
      const heredoc = this.heredocStart(start, line, column);
      if (heredoc) return heredoc;
    }
    const one = ONE_OR_TWO[c];
    if (one) {
      const two =
        next === 0x3d || next === 0x3e || next === 0x3a ? TWO[this.src.slice(start, start + 2)] : undefined;
      this.pos += two ? 2 : 1;
      return this.make(two ?? one, start, line, column);
    }
    const single = SINGLE[c];
    if (single) {
      this.pos++;
      if (single === '[' || single === '(') return this.opener(this.make(single, start, line, column));
      if (single === ']' || single === ')') return this.closer(single, start, line, column);
      return this.make(single, start, line, column);
    }
    return undefined;
  }

  private skipLineComment(): undefined {
    const end = this.src.indexOf('\n', this.pos);
    this.pos = end === -1 ? this.src.length : end;
    return undefined;
  }

  /** A comment spanning lines ends a line like a line break does. */
  private blockComment(line: number, column: number): Token | undefined {
    const start = this.pos;
    const end = this.src.indexOf('*/', start + 2);
    const stop = end === -1 ? this.src.length : end + 2;
    let sawNewline = false;
    for (
      let index = this.src.indexOf('\n', start);
      index !== -1 && index < stop;
      index = this.src.indexOf('\n', index + 1)
    ) {
      this.newlineAt(index);
      sawNewline = true;
    }
    this.pos = stop;
    if (end === -1) this.errors.push({ message: 'unterminated comment: /* has no closing */', line, column });
    return sawNewline ? this.make('newline', start, line, column) : undefined;
  }

  private number(start: number, line: number, column: number): Token {
    const src = this.src;
    let pos = start;
    while (isDigit(src.charCodeAt(pos))) pos++;
    if (src.charCodeAt(pos) === 0x2e && isDigit(src.charCodeAt(pos + 1))) {
      pos++;
      while (isDigit(src.charCodeAt(pos))) pos++;
    }
    const e = src.charCodeAt(pos);
    if (e === 0x65 || e === 0x45) {
      let after = pos + 1;
      const sign = src.charCodeAt(after);
      if (sign === 0x2b || sign === 0x2d) after++;
      if (isDigit(src.charCodeAt(after))) {
        pos = after;
        while (isDigit(src.charCodeAt(pos))) pos++;
      }
    }
    this.pos = pos;
    return this.make('number', start, line, column);
  }

  private ident(start: number, line: number, column: number): Token {
    const src = this.src;
    let pos = start + 1;
    for (;;) {
      const c = src.charCodeAt(pos);
      if (isAsciiIdent(c)) pos++;
      else if (c > 127 && /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(src[pos]!)) pos++;
      else break;
    }
    this.pos = pos;
    return this.make('ident', start, line, column);
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiIdent(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d
  );
}

function isIdentStart(c: number, src: string, offset: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f) return true;
  return c > 127 && /[\p{L}\p{Nl}]/u.test(String.fromCodePoint(src.codePointAt(offset)!));
}
