import type { SourceRange } from '../../../core/location';
import type { ModelNode } from './node';

const MAX_DEPTH = 64;
const MAX_NODES = 20_000;
const MAX_KEY_LENGTH = 1000;

class NotPlainJson extends Error {}

/**
 * Where the nodes of a text embedded in a file go: its lines moved down by `shift` (a heredoc whose
 * lines are the file's), or every node at one place (a string on one line). Built in place, a text's
 * tree needs no second copy to move it.
 */
export type JsonPlacement = { shift: number } | { range: SourceRange; keyRange: SourceRange };

/**
 * A tree another reader gave for an embedded text (the YAML reader, when the text is not plain JSON),
 * copied with its ranges where `placement` puts them. A subtree deeper than `limit.maxDepth` becomes
 * an unknown node with `limit.reason`, so a hostile text cannot exhaust the stack.
 */
export function placeTree(
  node: ModelNode,
  placement: JsonPlacement,
  limit: { maxDepth: number; reason: string },
  depth = 0,
): ModelNode {
  const range = place(node.range, placement, 'range');
  const keyRange = node.keyRange ? place(node.keyRange, placement, 'keyRange') : undefined;
  const base = keyRange ? { range, keyRange } : { range };
  if (depth > limit.maxDepth) return { kind: 'unknown', reason: limit.reason, ...base };
  switch (node.kind) {
    case 'map':
      return {
        kind: 'map',
        entries: new Map(
          [...node.entries].map(([key, value]) => [key, placeTree(value, placement, limit, depth + 1)]),
        ),
        ...base,
      };
    case 'list':
      return {
        kind: 'list',
        items: node.items.map((item) => placeTree(item, placement, limit, depth + 1)),
        ...base,
      };
    default:
      return { ...node, ...base };
  }
}

function place(range: SourceRange, placement: JsonPlacement, which: 'range' | 'keyRange'): SourceRange {
  if ('range' in placement) return placement[which];
  return { ...range, startLine: range.startLine + placement.shift, endLine: range.endLine + placement.shift };
}

/**
 * Plain JSON text (a policy in a heredoc or a string) as model nodes, with the
 * same values and ranges the YAML reader gives for it, in a single pass and
 * without the YAML machinery. Anything outside the plain subset (tabs, rare
 * escapes, huge numbers, deep nesting, layout YAML reads differently) gives
 * undefined, and the caller reads the text with the YAML reader instead.
 */
export function parsePlainJson(text: string, placement?: JsonPlacement): ModelNode | undefined {
  try {
    const reader = new JsonReader(text, placement);
    reader.skipSpace();
    const root = reader.value(0);
    reader.skipSpace();
    return reader.atEnd() ? root : undefined;
  } catch (error) {
    if (error instanceof NotPlainJson) return undefined;
    throw error;
  }
}

class JsonReader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private nodes = 0;
  private readonly shift: number;
  private readonly fixed?: { range: SourceRange; keyRange: SourceRange };

  constructor(
    private readonly text: string,
    placement?: JsonPlacement,
  ) {
    this.shift = placement && 'shift' in placement ? placement.shift : 0;
    if (placement && 'range' in placement) this.fixed = placement;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(this.pos);
      if (code === 32) this.pos++;
      else if (code === 10) this.newline();
      else if (code === 13 && text.charCodeAt(this.pos + 1) === 10) this.pos++;
      else return;
    }
  }

  /** Spaces only: YAML reads a line break between a key and its colon or value differently. */
  private skipInlineSpace(): void {
    while (this.text.charCodeAt(this.pos) === 32) this.pos++;
  }

  private newline(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  value(depth: number): ModelNode {
    if (depth > MAX_DEPTH || ++this.nodes > MAX_NODES) throw new NotPlainJson();
    const code = this.text.charCodeAt(this.pos);
    if (code === 0x7b) return this.object(depth);
    if (code === 0x5b) return this.array(depth);
    const start = this.position();
    const value = code === 0x22 ? this.string() : this.bare();
    return { kind: 'scalar', value, range: this.rangeFrom(start) };
  }

  private object(depth: number): ModelNode {
    const start = this.position();
    this.pos++;
    const entries = new Map<string, ModelNode>();
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return { kind: 'map', entries, range: this.rangeFrom(start) };
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 0x22) throw new NotPlainJson();
      const keyStart = this.position();
      const key = this.string();
      if (key.length > MAX_KEY_LENGTH || key === '<<') throw new NotPlainJson();
      const keyRange = this.fixed ? this.fixed.keyRange : this.rangeFrom(keyStart);
      this.skipInlineSpace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) throw new NotPlainJson();
      this.pos++;
      this.skipInlineSpace();
      const value = this.value(depth + 1);
      value.keyRange = keyRange;
      entries.set(key, value);
      if (this.endOfCollection(0x7d)) return { kind: 'map', entries, range: this.rangeFrom(start) };
    }
  }

  private array(depth: number): ModelNode {
    const start = this.position();
    this.pos++;
    const items: ModelNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return { kind: 'list', items, range: this.rangeFrom(start) };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      if (this.endOfCollection(0x5d)) return { kind: 'list', items, range: this.rangeFrom(start) };
    }
  }

  /** After an entry: a comma and the next entry (true = not yet), or the closing bracket. */
  private endOfCollection(close: number): boolean {
    this.skipSpace();
    const code = this.text.charCodeAt(this.pos);
    this.pos++;
    if (code === close) return true;
    if (code !== 0x2c) throw new NotPlainJson();
    this.skipSpace();
    // A trailing comma is not JSON, and YAML reads it its own way.
    const next = this.text.charCodeAt(this.pos);
    if (next === close) throw new NotPlainJson();
    return false;
  }

  private string(): string {
    const text = this.text;
    let result = '';
    let from = ++this.pos;
    for (;;) {
      const code = text.charCodeAt(this.pos);
      if (code === 0x22) break;
      if (Number.isNaN(code) || code < 0x20) throw new NotPlainJson();
      if (code !== 0x5c) {
        this.pos++;
        continue;
      }
      result += text.slice(from, this.pos) + this.escape();
      from = this.pos;
    }
    result += text.slice(from, this.pos);
    this.pos++;
    return result;
  }

  private escape(): string {
    const code = this.text.charCodeAt(this.pos + 1);
    this.pos += 2;
    switch (code) {
      case 0x22:
        return '"';
      case 0x5c:
        return '\\';
      case 0x2f:
        return '/';
      case 0x6e:
        return '\n';
      case 0x74:
        return '\t';
      case 0x72:
        return '\r';
      case 0x75: {
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new NotPlainJson();
        const unit = parseInt(hex, 16);
        if (unit >= 0xd800 && unit <= 0xdfff) throw new NotPlainJson();
        this.pos += 4;
        return String.fromCharCode(unit);
      }
      default:
        throw new NotPlainJson();
    }
  }

  /** true, false, null, or a number small enough to read the same whichever way it is parsed. */
  private bare(): string | number | boolean | null {
    const match = /^(?:true|false|null|-?(?:0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?)/.exec(
      this.text.slice(this.pos, this.pos + 40),
    );
    if (!match) throw new NotPlainJson();
    const token = match[0];
    const after = this.text.charCodeAt(this.pos + token.length);
    // A number or word running on (`1e5`, `nullx`, `1.5.2`) is not in the plain subset.
    if (!Number.isNaN(after) && ![32, 10, 13, 0x2c, 0x5d, 0x7d].includes(after)) throw new NotPlainJson();
    if (token === '-0') throw new NotPlainJson();
    this.pos += token.length;
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    return Number(token);
  }

  private position(): { line: number; column: number } {
    return { line: this.line, column: this.pos - this.lineStart + 1 };
  }

  private rangeFrom(start: { line: number; column: number }): SourceRange {
    if (this.fixed) return this.fixed.range;
    return {
      startLine: start.line + this.shift,
      startColumn: start.column,
      endLine: this.line + this.shift,
      endColumn: this.pos - this.lineStart + 1,
    };
  }
}
