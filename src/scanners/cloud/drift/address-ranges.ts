/** IPv4 ranges (`10.0.0.0/16`, `203.0.113.7`) as numbers, so that "live is wider than declared" is arithmetic. */

interface Range {
  from: number;
  to: number;
}

function parseRange(text: string): Range | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const bits = match[5] === undefined ? 32 : Number(match[5]);
  if (octets.some((octet) => octet > 255) || bits > 32) return undefined;
  const address = octets.reduce((sum, octet) => sum * 256 + octet, 0);
  const size = 2 ** (32 - bits);
  const from = Math.floor(address / size) * size;
  return { from, to: from + size - 1 };
}

/**
 * Whether the declared sources admit every address `entry` admits: the same text, a range that contains it,
 * or `*` (anywhere). Service tags and IPv6 compare by text only.
 */
export function sourcesCover(declared: readonly string[], entry: string): boolean {
  if (declared.includes(entry) || declared.includes('*')) return true;
  const range = parseRange(entry === '*' ? '0.0.0.0/0' : entry);
  if (!range) return false;
  return declared.some((candidate) => {
    const allowed = parseRange(candidate);
    return allowed !== undefined && allowed.from <= range.from && range.to <= allowed.to;
  });
}
