/**
 * Protocol and port entries as `tcp:22`, `tcp:8000-8080`, `udp:*`, `all:*`: one spelling for Google firewall
 * `allowed` blocks and Azure security rules, so that "live allows more than the code" is one test.
 */

const PROTOCOL_NUMBERS: Record<string, string> = { '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'ipv6-icmp' };

export function protocolName(protocol: string): string {
  const lower = protocol.trim().toLowerCase();
  if (lower === '*' || lower === 'all') return 'all';
  return PROTOCOL_NUMBERS[lower] ?? lower;
}

/** The entries of one protocol with its ports (none, `*` or `0-65535` meaning every port). */
export function portEntries(protocol: string, ports: readonly string[]): string[] {
  const name = protocolName(protocol);
  const cleaned = ports.map((port) => port.trim()).filter((port) => port !== '');
  if (cleaned.length === 0 || cleaned.some((port) => port === '*' || port === '0-65535'))
    return [`${name}:*`];
  return cleaned.map((port) => `${name}:${port}`);
}

/** Whether the declared entries allow everything `entry` allows. */
export function portsCover(declared: readonly string[], entry: string): boolean {
  const [protocol, ports] = split(entry);
  return declared.some((candidate) => {
    const [allowed, range] = split(candidate);
    if (allowed !== 'all' && allowed !== protocol) return false;
    if (range === '*') return true;
    if (ports === '*') return false;
    const [from, to] = bounds(ports);
    const [allowedFrom, allowedTo] = bounds(range);
    return from >= allowedFrom && to <= allowedTo;
  });
}

function split(entry: string): [string, string] {
  const index = entry.lastIndexOf(':');
  return index < 0 ? [entry, '*'] : [entry.slice(0, index), entry.slice(index + 1)];
}

function bounds(range: string): [number, number] {
  const [from, to] = range.split('-');
  const low = Number(from);
  const high = to === undefined ? low : Number(to);
  return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : [Number.NaN, Number.NaN];
}
