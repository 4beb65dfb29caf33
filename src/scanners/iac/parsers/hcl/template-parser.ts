import type { SourceRange } from '../../../../core/location';
import type { Expression, TemplatePart } from './ast';
import type { ExpressionParser } from './expression-parser';
import { flushIndentation } from './heredoc';
import { rangeBetween, tokenRange, type Token, type TokenKind } from './tokens';

/** A template before its directives are nested: text, interpolations and directive markers in order. */
export type FlatPart =
  | { kind: 'text'; value: string }
  | { kind: 'interp'; expr: Expression; stripBefore: boolean; stripAfter: boolean }
  | { kind: 'if'; condition: Expression; stripBefore: boolean; stripAfter: boolean; range: SourceRange }
  | { kind: 'else' | 'endif' | 'endfor'; stripBefore: boolean; stripAfter: boolean; range: SourceRange }
  | {
      kind: 'for';
      keyVar?: string;
      valueVar: string;
      collection: Expression;
      stripBefore: boolean;
      stripAfter: boolean;
      range: SourceRange;
    };

export function parseQuoted(parser: ExpressionParser, open: Token): Expression {
  const { parts, close } = collect(parser, 'cquote', true);
  return finish(parser, parts, rangeBetween(open, close), true);
}

export function parseHeredoc(parser: ExpressionParser, open: Token): Expression {
  const { parts, close } = collect(parser, 'cheredoc', false);
  if (open.flush) flushIndentation(parts);
  return finish(parser, parts, rangeBetween(open, close), false);
}

/** A whole input lexed in template mode (a JSON string, a templatefile). */
export function parseBare(parser: ExpressionParser, range: SourceRange): Expression {
  const { parts } = collect(parser, 'eof', false);
  return finish(parser, parts, range, true);
}

function collect(
  parser: ExpressionParser,
  end: TokenKind,
  quoted: boolean,
): { parts: FlatPart[]; close: Token } {
  const parts: FlatPart[] = [];
  for (;;) {
    const token = parser.peek();
    if (token.kind === end) return { parts, close: parser.take() };
    if (token.kind === 'literal') {
      parser.take();
      parts.push({ kind: 'text', value: decode(parser, token, quoted || token.quoted === true) });
    } else if (token.kind === 'interp') {
      parser.take();
      const level = parser.ignoreNewlines(true);
      const expr = parser.parseExpression();
      const close = parser.expect('tend', "'}' to close the interpolation");
      parser.restoreNewlines(level);
      parts.push({
        kind: 'interp',
        expr,
        stripBefore: token.strip === true,
        stripAfter: close.strip === true,
      });
    } else if (token.kind === 'control') {
      parts.push(directive(parser, parser.take()));
    } else {
      parser.fail(`unterminated template: found ${parser.describeToken(token)}`, token);
    }
  }
}

function directive(parser: ExpressionParser, open: Token): FlatPart {
  const level = parser.ignoreNewlines(true);
  const keyword = parser.expect('ident', 'if, else, endif, for or endfor after %{');
  const word = parser.text(keyword);
  let part: FlatPart;
  const stripBefore = open.strip === true;
  if (word === 'if') {
    const condition = parser.parseExpression();
    part = { kind: 'if', condition, stripBefore, stripAfter: false, range: tokenRange(open) };
  } else if (word === 'for') {
    const first = parser.text(parser.expect('ident', 'a variable name after for'));
    let keyVar: string | undefined;
    let valueVar = first;
    if (parser.peek().kind === ',') {
      parser.take();
      keyVar = first;
      valueVar = parser.text(parser.expect('ident', 'a second variable name'));
    }
    const inWord = parser.expect('ident', "'in'");
    if (parser.text(inWord) !== 'in') parser.fail("expected 'in' in the for directive", inWord);
    const collection = parser.parseExpression();
    part = {
      kind: 'for',
      keyVar,
      valueVar,
      collection,
      stripBefore,
      stripAfter: false,
      range: tokenRange(open),
    };
  } else if (word === 'else' || word === 'endif' || word === 'endfor') {
    part = { kind: word, stripBefore, stripAfter: false, range: tokenRange(open) };
  } else {
    parser.fail(`unknown template directive %{${word}}; expected if, else, endif, for or endfor`, keyword);
  }
  const close = parser.expect('tend', "'}' to close the directive");
  parser.restoreNewlines(level);
  part.stripAfter = close.strip === true;
  part.range = rangeBetween(open, close);
  return part;
}

function finish(
  parser: ExpressionParser,
  flat: FlatPart[],
  range: SourceRange,
  unwrapSingle: boolean,
): Expression {
  if (flat.length === 0) return { type: 'literal', value: '', range };
  if (flat.length === 1 && flat[0]!.kind === 'text') return { type: 'literal', value: flat[0]!.value, range };
  const parts = joinText(flat);
  applyStripMarkers(parts);
  const built = nest(parser, parts, 0, undefined);
  const merged = mergeText(built.parts);
  if (merged.length === 0) return { type: 'literal', value: '', range };
  if (merged.length === 1 && merged[0]!.type === 'text')
    return { type: 'literal', value: merged[0]!.value, range };
  const single = unwrapSingle && parts.length === 1 && parts[0]!.kind === 'interp';
  return { type: 'template', parts: merged, single, range };
}

/** Adjacent text parts (one per heredoc line) become one, so a strip marker reaches across line breaks. */
function joinText(parts: FlatPart[]): FlatPart[] {
  const joined: FlatPart[] = [];
  for (const part of parts) {
    const last = joined[joined.length - 1];
    if (part.kind === 'text' && last?.kind === 'text') last.value += part.value;
    else joined.push(part.kind === 'text' ? { ...part } : part);
  }
  return joined;
}

/** `${~` and `%{~` trim the whitespace before them; `~}` trims the whitespace after them. */
function applyStripMarkers(parts: FlatPart[]): void {
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (part.kind === 'text') continue;
    const before = parts[index - 1];
    if (part.stripBefore && before?.kind === 'text') before.value = before.value.replace(/\s+$/u, '');
    const after = parts[index + 1];
    if (part.stripAfter && after?.kind === 'text') after.value = after.value.replace(/^\s+/u, '');
  }
}

interface Nested {
  parts: TemplatePart[];
  index: number;
  stop?: FlatPart;
}

function nest(
  parser: ExpressionParser,
  flat: FlatPart[],
  start: number,
  stops: string[] | undefined,
): Nested {
  const parts: TemplatePart[] = [];
  let index = start;
  while (index < flat.length) {
    const part = flat[index]!;
    if (stops?.includes(part.kind)) return { parts, index: index + 1, stop: part };
    index++;
    switch (part.kind) {
      case 'text':
        parts.push({ type: 'text', value: part.value });
        break;
      case 'interp':
        parts.push({ type: 'interp', expr: part.expr });
        break;
      case 'if': {
        const then = nest(parser, flat, index, ['else', 'endif']);
        let elseParts: TemplatePart[] = [];
        index = then.index;
        if (then.stop?.kind === 'else') {
          const otherwise = nest(parser, flat, index, ['endif']);
          if (!otherwise.stop) unclosed(parser, part.range, 'if', 'endif');
          elseParts = otherwise.parts;
          index = otherwise.index;
        } else if (!then.stop) unclosed(parser, part.range, 'if', 'endif');
        parts.push({
          type: 'if',
          condition: part.condition,
          then: then.parts,
          else: elseParts,
          range: part.range,
        });
        break;
      }
      case 'for': {
        const body = nest(parser, flat, index, ['endfor']);
        if (!body.stop) unclosed(parser, part.range, 'for', 'endfor');
        index = body.index;
        const { keyVar, valueVar, collection, range } = part;
        parts.push({ type: 'for', keyVar, valueVar, collection, body: body.parts, range });
        break;
      }
      default:
        parser.errors.push({
          message: `%{${part.kind}} without a matching opening directive`,
          line: part.range.startLine,
          column: part.range.startColumn,
        });
    }
  }
  return { parts, index };
}

function unclosed(parser: ExpressionParser, range: SourceRange, directive: string, closing: string): void {
  parser.errors.push({
    message: `%{${directive}} has no matching %{${closing}}`,
    line: range.startLine,
    column: range.startColumn,
  });
}

function mergeText(parts: TemplatePart[]): TemplatePart[] {
  const merged: TemplatePart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.type === 'text' && last?.type === 'text') last.value += part.value;
    else if (part.type !== 'text' || part.value !== '')
      merged.push(part.type === 'text' ? { ...part } : part);
  }
  return merged;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Quoted strings decode backslash escapes; every template turns `$${` and `%%{` into literal `${` and `%{`. */
function decode(parser: ExpressionParser, token: Token, quoted: boolean): string {
  const raw = parser.text(token);
  if (!raw.includes('{') && !(quoted && raw.includes('\\'))) return raw;
  let result = '';
  for (let index = 0; index < raw.length; index++) {
    const c = raw[index]!;
    if ((c === '$' || c === '%') && raw[index + 1] === c && raw[index + 2] === '{') {
      result += `${c}{`;
      index += 2;
    } else if (quoted && c === '\\') {
      index = decodeEscape(parser, token, raw, index, (text) => (result += text));
    } else result += c;
  }
  return result;
}

function decodeEscape(
  parser: ExpressionParser,
  token: Token,
  raw: string,
  index: number,
  out: (text: string) => void,
): number {
  const letter = raw[index + 1] ?? '';
  const simple = ESCAPES[letter];
  if (simple !== undefined) {
    out(simple);
    return index + 1;
  }
  const length = letter === 'u' ? 4 : letter === 'U' ? 8 : 0;
  const hex = raw.slice(index + 2, index + 2 + length);
  if (length > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === length && parseInt(hex, 16) <= 0x10ffff) {
    out(String.fromCodePoint(parseInt(hex, 16)));
    return index + 1 + length;
  }
  parser.errors.push({
    message: `invalid escape sequence \\${letter} in a string`,
    line: token.line,
    column: token.column + index,
  });
  out(letter);
  return index + 1;
}
