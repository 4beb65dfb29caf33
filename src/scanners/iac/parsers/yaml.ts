import {
  CST,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseAllDocuments,
  type Node as YamlNode,
} from 'yaml';
import type { SourceRange } from '../../../core/location';
import type { ModelNode } from '../model/node';
import { ParseLimitError, PARSE_LIMITS } from './parse-limits';
import { withYamlEnv } from './yaml-env';

export interface YamlDocument {
  /** Undefined for an empty document. */
  root: ModelNode | undefined;
  /** 1-based line where the document starts. */
  startLine: number;
}

export interface YamlError {
  message: string;
  line: number;
  column: number;
}

export interface YamlParseResult {
  documents: YamlDocument[];
  errors: YamlError[];
}

export interface YamlOptions {
  /** Turns a custom tag (`!Ref x`) into a node; untagged and core-schema tags never reach it. */
  onTag?: (tag: string, value: ModelNode, range: SourceRange) => ModelNode;
}

/**
 * Parses every document of a YAML stream into the model's value tree. A document
 * with a syntax error is reported and left out; the others are kept. Aliases are
 * resolved by sharing the anchored node, and the expanded size is counted so an
 * alias bomb is refused after a bounded amount of work. Nesting is measured before
 * the parser sees the text: the parser's cost grows with depth far faster than with size.
 */
export function parseYaml(text: string, options: YamlOptions = {}): YamlParseResult {
  checkNesting(text);
  const lineCounter = new LineCounter();
  const documents: YamlDocument[] = [];
  const errors: YamlError[] = [];
  const parsed = withYamlEnv(() =>
    parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      strict: false,
      prettyErrors: false,
    }),
  );
  // parseAllDocuments returns an EmptyStream (not an array) for a stream with no documents.
  const streamDocs = Array.isArray(parsed) ? parsed : [];
  const budget = { remaining: PARSE_LIMITS.maxNodes };
  for (const doc of streamDocs) {
    if (doc.errors.some((error) => error.message.includes('Maximum call stack size exceeded')))
      throw tooDeep();
    if (doc.errors.length > 0) {
      errors.push(...doc.errors.map((error) => toError(error, lineCounter)));
      continue;
    }
    const converter = new Converter(lineCounter, budget, options);
    const start = doc.range?.[0] ?? 0;
    documents.push({
      root: doc.contents ? converter.convert(doc.contents as YamlNode, 0) : undefined,
      startLine: lineCounter.linePos(start).line,
    });
  }
  return { documents, errors };
}

function tooDeep(): ParseLimitError {
  return new ParseLimitError(`nesting is deeper than ${PARSE_LIMITS.maxDepth} levels`);
}

/**
 * Refuses text nested deeper than the limit (`[[[[...`, `- - - - ...`) in linear time and
 * constant memory, using the YAML lexer so quoted strings, comments and block scalars are
 * read as YAML reads them. A cheap upper bound skips the lexer for ordinary files.
 */
export function checkNesting(text: string, limit = PARSE_LIMITS.maxDepth): void {
  if (nestingUpperBound(text) <= limit) return;
  let flow = 0;
  let indents: number[] = [];
  let lineStart = true;
  let indent = 0;
  let indicators = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'newline') {
      lineStart = true;
      indent = 0;
      indicators = 0;
      continue;
    }
    if (type === 'doc-mode' || type === 'byte-order-mark') continue;
    if (type === 'space' || type === 'comment') {
      if (lineStart && type === 'space') indent = token.length;
      continue;
    }
    if (lineStart && flow === 0) indents = pushIndent(indents, indent);
    lineStart = false;
    if (type === 'doc-start') indents = [];
    else if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind') indicators++;
    if (flow + indents.length + indicators > limit) throw tooDeep();
  }
}

/** The open block levels after a line at this indentation starts. */
function pushIndent(indents: number[], indent: number): number[] {
  while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
  indents.push(indent);
  return indents;
}

/**
 * Depth can only come from flow brackets (one character each), indentation (a nested
 * block is indented further, or equally for a list under a key) and compact indicators
 * on one line (`- - x`), so this sum bounds it from above without any parsing.
 */
function nestingUpperBound(text: string): number {
  let openers = 0;
  let worstLine = 0;
  let indent = 0;
  let indicators = 0;
  let atIndent = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      worstLine = Math.max(worstLine, 2 * indent + indicators);
      indent = 0;
      indicators = 0;
      atIndent = true;
      continue;
    }
    if (atIndent && code === 32) indent++;
    else atIndent = false;
    if (code === 91 || code === 123) openers++;
    else if ((code === 45 || code === 63) && isBlankAt(text, index + 1)) indicators++;
  }
  return openers + Math.max(worstLine, 2 * indent + indicators);
}

function isBlankAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13;
}

function toError(error: { message: string; pos: [number, number] }, lineCounter: LineCounter): YamlError {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  return { message: error.message.split('\n')[0] ?? error.message, line, column: col };
}

class Converter {
  private readonly anchors = new Map<string, { node: ModelNode; size: number }>();
  private lastSize = 0;

  constructor(
    private readonly lines: LineCounter,
    private readonly budget: { remaining: number },
    private readonly options: YamlOptions,
  ) {}

  /** `keyRange` is given for the value of a map entry: nodes are made with it, in one shape per kind. */
  convert(node: YamlNode, depth: number, keyRange?: SourceRange): ModelNode {
    if (depth > PARSE_LIMITS.maxDepth) {
      throw new ParseLimitError(`nesting is deeper than ${PARSE_LIMITS.maxDepth} levels`);
    }
    if (isAlias(node)) {
      const shared = this.resolveAlias(node.source);
      return keyRange ? { ...shared, keyRange } : shared;
    }
    this.spend(1);
    let result: ModelNode;
    let size = 1;
    const range = this.range(node.range);
    if (isScalar(node)) {
      const value = scalarValue(node.value);
      result = keyRange ? { kind: 'scalar', value, range, keyRange } : { kind: 'scalar', value, range };
    } else if (isMap(node)) {
      const entries = new Map<string, ModelNode>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : keyText(keyNode);
        const entryKeyRange = keyNode && key !== '<<' ? this.range(keyNode.range) : undefined;
        let value: ModelNode;
        if (pair.value) value = this.convert(pair.value as YamlNode, depth + 1, entryKeyRange);
        else {
          const nullRange = keyNode ? this.range(keyNode.range) : range;
          value = entryKeyRange
            ? { kind: 'scalar', value: null, range: nullRange, keyRange: entryKeyRange }
            : { kind: 'scalar', value: null, range: nullRange };
        }
        size += this.lastSize;
        if (key === '<<') {
          mergeInto(entries, value);
          continue;
        }
        entries.set(key, value);
      }
      result = keyRange ? { kind: 'map', entries, range, keyRange } : { kind: 'map', entries, range };
    } else if (isSeq(node)) {
      const list: ModelNode[] = [];
      for (const item of node.items) {
        list.push(this.convert(item as YamlNode, depth + 1));
        size += this.lastSize;
      }
      result = keyRange
        ? { kind: 'list', items: list, range, keyRange }
        : { kind: 'list', items: list, range };
    } else {
      result = keyRange
        ? { kind: 'scalar', value: null, range, keyRange }
        : { kind: 'scalar', value: null, range };
    }
    const tag = (node as { tag?: string }).tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!') && this.options.onTag) {
      result = this.options.onTag(tag, result, range);
      if (keyRange && result.keyRange !== keyRange) result = { ...result, keyRange };
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, { node: keyRange ? withoutKeyRange(result) : result, size });
    this.lastSize = size;
    return result;
  }

  private resolveAlias(name: string): ModelNode {
    const target = this.anchors.get(name);
    if (!target) throw new ParseLimitError(`alias *${name} refers to an unknown anchor`);
    // Shared, not copied; but counted as if expanded, which bounds the cost of walking it.
    this.spend(target.size);
    this.lastSize = target.size;
    return target.node;
  }

  private spend(count: number): void {
    this.budget.remaining -= count;
    if (this.budget.remaining < 0) {
      throw new ParseLimitError(
        `the document expands to more than ${PARSE_LIMITS.maxNodes} nodes (an alias bomb or a file too large to check)`,
      );
    }
  }

  private range(offsets: [number, number, number] | null | undefined): SourceRange {
    const start = offsets?.[0] ?? 0;
    const end = offsets?.[1] ?? 0;
    const starts = this.lines.lineStarts;
    const startLine = lineOf(starts, start);
    const endLine = lineOf(starts, end);
    return {
      startLine,
      startColumn: columnOf(starts, startLine, start),
      endLine,
      endColumn: columnOf(starts, endLine, end),
    };
  }
}

/** The line of an offset as LineCounter.linePos gives it, without making an object per call. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return starts[low] === offset ? low + 1 : low;
}

function columnOf(starts: readonly number[], line: number, offset: number): number {
  if (line === 0) return offset;
  return offset - starts[line - 1]! + 1;
}

function scalarValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function keyText(key: YamlNode | null): string {
  return key ? String(key.toJSON()) : '';
}

/** An anchored node as written, for aliases elsewhere: without the key it had where it was written. */
function withoutKeyRange(node: ModelNode): ModelNode {
  const copy = { ...node };
  delete copy.keyRange;
  return copy;
}

function mergeInto(entries: Map<string, ModelNode>, value: ModelNode): void {
  const sources = value.kind === 'list' ? value.items : [value];
  for (const source of sources) {
    if (source.kind !== 'map') continue;
    for (const [key, item] of source.entries) if (!entries.has(key)) entries.set(key, item);
  }
}
