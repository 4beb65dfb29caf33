import type { SourceRange } from '../../../../core/location';

/**
 * The HCL syntax tree. Every node keeps its source range so an evaluated value
 * can point back at the line that wrote it. Native syntax (.tf) and JSON syntax
 * (.tf.json) both produce this tree.
 */
export interface Body {
  attributes: Attribute[];
  blocks: Block[];
  range: SourceRange;
}

export interface Attribute {
  name: string;
  nameRange: SourceRange;
  expr: Expression;
  /** From the name to the end of the value. */
  range: SourceRange;
}

export interface Block {
  type: string;
  typeRange: SourceRange;
  labels: string[];
  labelRanges: SourceRange[];
  body: Body;
  /** From the type keyword to the closing brace. */
  range: SourceRange;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | AnonExpr
  | CallExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | ForExpr
  | ParensExpr
  | InvalidExpr;

export interface LiteralExpr {
  type: 'literal';
  value: string | number | boolean | null;
  range: SourceRange;
}

/** A quoted string or heredoc with interpolations or directives. */
export interface TemplateExpr {
  type: 'template';
  parts: TemplatePart[];
  /** `"${x}"` alone yields x's value unconverted, as HCL specifies. */
  single: boolean;
  range: SourceRange;
}

export type TemplatePart =
  | { type: 'text'; value: string }
  | { type: 'interp'; expr: Expression }
  | { type: 'if'; condition: Expression; then: TemplatePart[]; else: TemplatePart[]; range: SourceRange }
  | {
      type: 'for';
      keyVar?: string;
      valueVar: string;
      collection: Expression;
      body: TemplatePart[];
      range: SourceRange;
    };

export interface TupleExpr {
  type: 'tuple';
  items: Expression[];
  range: SourceRange;
}

export interface ObjectItem {
  /** A bare identifier key is a literal string; `(expr)` and other expressions are evaluated. */
  key: Expression;
  value: Expression;
  range: SourceRange;
}

export interface ObjectExpr {
  type: 'object';
  items: ObjectItem[];
  range: SourceRange;
}

/** The root of a traversal: `var` in `var.x`, `aws_s3_bucket` in `aws_s3_bucket.logs.id`. */
export interface VariableExpr {
  type: 'variable';
  name: string;
  range: SourceRange;
}

export interface GetAttrExpr {
  type: 'getattr';
  source: Expression;
  name: string;
  range: SourceRange;
}

export interface IndexExpr {
  type: 'index';
  source: Expression;
  key: Expression;
  range: SourceRange;
}

/** `source[*].each` or `source.*.each`; `each` is evaluated for every element with the anon symbol bound. */
export interface SplatExpr {
  type: 'splat';
  source: Expression;
  each: Expression;
  /** `[*]` (full) versus the legacy attribute-only `.*`. */
  full: boolean;
  range: SourceRange;
}

export interface AnonExpr {
  type: 'anon';
  range: SourceRange;
}

export interface CallExpr {
  type: 'call';
  name: string;
  args: Expression[];
  /** The last argument was followed by `...` and expands into positional arguments. */
  expandFinal: boolean;
  nameRange: SourceRange;
  range: SourceRange;
}

export interface ConditionalExpr {
  type: 'conditional';
  condition: Expression;
  trueExpr: Expression;
  falseExpr: Expression;
  range: SourceRange;
}

export type BinaryOperator =
  '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr {
  type: 'binary';
  op: BinaryOperator;
  left: Expression;
  right: Expression;
  range: SourceRange;
}

export interface UnaryExpr {
  type: 'unary';
  op: '-' | '!';
  operand: Expression;
  range: SourceRange;
}

export interface ForExpr {
  type: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expression;
  /** Set for `{ for ... : key => value }`. */
  keyExpr?: Expression;
  valueExpr: Expression;
  condition?: Expression;
  /** `value...` groups values of equal keys into lists. */
  grouped: boolean;
  range: SourceRange;
}

export interface ParensExpr {
  type: 'parens';
  expr: Expression;
  range: SourceRange;
}

/** Stands where a syntax error left no expression; evaluates to an unknown value. */
export interface InvalidExpr {
  type: 'invalid';
  range: SourceRange;
}

export interface HclError {
  message: string;
  line: number;
  column: number;
}

export interface HclFile {
  body: Body;
  errors: HclError[];
}

export function spanRange(from: SourceRange, to: SourceRange): SourceRange {
  return {
    startLine: from.startLine,
    startColumn: from.startColumn,
    endLine: to.endLine,
    endColumn: to.endColumn,
  };
}
