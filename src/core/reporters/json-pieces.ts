export interface JsonLayout {
  /** Objects and arrays down to this depth are laid out piece by piece; deeper values are serialized whole. */
  splitDepth: number;
  /** Arrays under these keys hold one item per line, each item in compact JSON. */
  oneItemPerLine?: ReadonlySet<string>;
  /**
   * Arrays under a `oneItemPerLine` key whose items are made only as they are written, each dropped
   * once it is: the (empty) array in the value stands for the items its function gives. The items of a
   * large report then never all exist at once, and so are never copied by the garbage collector.
   */
  madeOnWrite?: ReadonlyMap<readonly unknown[], () => Iterable<unknown>>;
}

/**
 * The text of `JSON.stringify(value, null, 2)`, as pieces whose concatenation is that text, byte for byte,
 * except that arrays under a key of `oneItemPerLine` hold one compact item per line. A large report is
 * then never held as one string, and one non-ASCII character in a rule's description no longer widens
 * the many megabytes of results to two bytes per character (which made writing the file three times
 * slower).
 */
export function prettyJsonPieces(value: unknown, layout: number | JsonLayout): string[] {
  const pieces: string[] = [];
  emitPrettyJson(value, layout, (piece) => void pieces.push(piece));
  return pieces;
}

/** The pieces of `prettyJsonPieces`, handed to `emit` one by one as they are made. */
export function emitPrettyJson(value: unknown, layout: number | JsonLayout, emit: EmitPiece): void {
  addValue(value, 0, typeof layout === 'number' ? { splitDepth: layout } : layout, emit);
}

export type EmitPiece = (piece: string) => void;

function addValue(value: unknown, depth: number, layout: JsonLayout, emit: EmitPiece): void {
  if (depth < layout.splitDepth && Array.isArray(value) && value.length > 0) {
    addArray(value, depth, layout, emit);
  } else if (depth < layout.splitDepth && isPlainObject(value)) {
    addObject(value, depth, layout, emit);
  } else {
    emit(stringifyAt(value, depth) ?? 'null');
  }
}

function addArray(value: unknown[], depth: number, layout: JsonLayout, emit: EmitPiece): void {
  const inner = indent(depth + 1);
  emit('[');
  value.forEach((element, index) => {
    emit(index === 0 ? `\n${inner}` : `,\n${inner}`);
    addValue(element, depth + 1, layout, emit);
  });
  emit(`\n${indent(depth)}]`);
}

/** Compact JSON is little more than half the size of indented JSON, and much faster to serialize. */
function addItemPerLine(items: Iterable<unknown>, depth: number, emit: EmitPiece): void {
  const inner = indent(depth + 1);
  let first = true;
  for (const item of items) {
    emit(first ? `[\n${inner}` : `,\n${inner}`);
    first = false;
    // As in any JSON array, an item with no JSON form is written as null.
    emit(JSON.stringify(item) ?? 'null');
  }
  emit(first ? '[]' : `\n${indent(depth)}]`);
}

function addObject(value: Record<string, unknown>, depth: number, layout: JsonLayout, emit: EmitPiece): void {
  const inner = indent(depth + 1);
  // Like JSON.stringify, keys whose value has no JSON form (undefined, functions) are left out.
  const entries = Object.keys(value).filter((key) => hasJsonForm(value[key]));
  if (entries.length === 0) {
    emit('{}');
    return;
  }
  emit('{');
  entries.forEach((key, index) => {
    emit(`${index === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    const member = value[key];
    const perLine = Array.isArray(member) && layout.oneItemPerLine?.has(key) === true;
    const made = perLine ? layout.madeOnWrite?.get(member) : undefined;
    if (made) {
      addItemPerLine(made(), depth + 1, emit);
    } else if (perLine && (member as unknown[]).length > 0) {
      addItemPerLine(member as unknown[], depth + 1, emit);
    } else {
      addValue(member, depth + 1, layout, emit);
    }
  });
  emit(`\n${indent(depth)}}`);
}

function hasJsonForm(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/**
 * A value serialized as it reads `depth` levels deep: wrapped in as many arrays, whose brackets and
 * indentation are then cut off.
 */
function stringifyAt(value: unknown, depth: number): string | undefined {
  if (!hasJsonForm(value)) return undefined;
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  let prefix = 0;
  for (let level = 1; level <= depth; level++) prefix += 2 + 2 * level;
  return text.slice(prefix, text.length - (prefix - 2 * depth));
}

/**
 * An object literal's kind of object, from this realm or another: `structuredClone` and `vm` make
 * objects whose prototype is another realm's `Object.prototype`.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return (prototype === null || Object.getPrototypeOf(prototype) === null) && !('toJSON' in value);
}

const INDENTS: string[] = [];

function indent(depth: number): string {
  return (INDENTS[depth] ??= ' '.repeat(2 * depth));
}
