/**
 * The text of `JSON.stringify(value, null, 2)`, as pieces whose concatenation is that text, byte for byte.
 * Objects and arrays down to `splitDepth` are laid out here; deeper values are serialized whole, each at
 * its own indentation. A large report is then never held as one string, and one non-ASCII character in a
 * rule's description no longer widens the many megabytes of results to two bytes per character (which
 * made writing the file three times slower).
 */
export function prettyJsonPieces(value: unknown, splitDepth: number): string[] {
  const pieces: string[] = [];
  addValue(value, 0, splitDepth, pieces);
  return pieces;
}

function addValue(value: unknown, depth: number, splitDepth: number, pieces: string[]): void {
  if (depth < splitDepth && Array.isArray(value) && value.length > 0) {
    addArray(value, depth, splitDepth, pieces);
  } else if (depth < splitDepth && isPlainObject(value)) {
    addObject(value, depth, splitDepth, pieces);
  } else {
    pieces.push(stringifyAt(value, depth) ?? 'null');
  }
}

function addArray(value: unknown[], depth: number, splitDepth: number, pieces: string[]): void {
  const inner = indent(depth + 1);
  pieces.push('[');
  value.forEach((element, index) => {
    pieces.push(index === 0 ? `\n${inner}` : `,\n${inner}`);
    addValue(element, depth + 1, splitDepth, pieces);
  });
  pieces.push(`\n${indent(depth)}]`);
}

function addObject(
  value: Record<string, unknown>,
  depth: number,
  splitDepth: number,
  pieces: string[],
): void {
  const inner = indent(depth + 1);
  // Like JSON.stringify, keys whose value has no JSON form (undefined, functions) are left out.
  const entries = Object.keys(value).filter((key) => hasJsonForm(value[key]));
  if (entries.length === 0) {
    pieces.push('{}');
    return;
  }
  pieces.push('{');
  entries.forEach((key, index) => {
    pieces.push(`${index === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    addValue(value[key], depth + 1, splitDepth, pieces);
  });
  pieces.push(`\n${indent(depth)}}`);
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
}

const INDENTS: string[] = [];

function indent(depth: number): string {
  return (INDENTS[depth] ??= ' '.repeat(2 * depth));
}
