import type { SourceRange } from '../../../../core/location';

export type TokenKind =
  | 'ident'
  | 'number'
  | 'newline'
  | 'eof'
  | 'invalid'
  /** Opening `"` of a quoted template. */
  | 'oquote'
  | 'cquote'
  /** `<<EOT` or `<<-EOT` with its line break. */
  | 'oheredoc'
  | 'cheredoc'
  /** Raw text of a template, escapes not yet decoded. */
  | 'literal'
  /** `${` or `${~`. */
  | 'interp'
  /** `%{` or `%{~`. */
  | 'control'
  /** The `}` or `~}` that closes an interpolation or directive. */
  | 'tend'
  | '{'
  | '}'
  | '['
  | ']'
  | '('
  | ')'
  | ','
  | '.'
  | '...'
  | '='
  | '=>'
  | ':'
  | '::'
  | '?'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '!'
  | '=='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | '&&'
  | '||';

export interface Token {
  kind: TokenKind;
  /** Offsets into the source, end exclusive. */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Brackets, braces and templates open before this token; a closer has its opener's depth. */
  depth: number;
  /** A `~` strip marker on interp/control (left side) or tend (right side). */
  strip?: boolean;
  /** Heredoc: `<<-` strips the common indentation. */
  flush?: boolean;
  /** Quoted template: `"` (escapes) versus heredoc and bare templates (no escapes). */
  quoted?: boolean;
}

export function tokenRange(token: Token): SourceRange {
  return {
    startLine: token.line,
    startColumn: token.column,
    endLine: token.endLine,
    endColumn: token.endColumn,
  };
}

export function rangeBetween(first: Token, last: Token): SourceRange {
  return {
    startLine: first.line,
    startColumn: first.column,
    endLine: last.endLine,
    endColumn: last.endColumn,
  };
}
