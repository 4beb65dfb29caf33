/**
 * NSG address prefixes: `*`, service tags (`Internet`, `VirtualNetwork`,
 * `AzureLoadBalancer` ...), IPv4/IPv6 addresses and CIDR ranges.
 */

/** Prefixes that match every source address, the Internet included. */
const ANY = new Set(['*', 'any', '0.0.0.0/0', '0.0.0.0', '::/0', '/0', '0.0.0.0/0.0.0.0']);

/** Matches every address, the Internet included. */
export function isAnyAddress(prefix: string): boolean {
  return ANY.has(prefix.trim().toLowerCase());
}

/** Matches every address on the Internet: any address, or the `Internet` service tag. */
export function coversInternet(prefix: string): boolean {
  return isAnyAddress(prefix) || prefix.trim().toLowerCase() === 'internet';
}

function ipv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
    return undefined;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

/** An IPv4 CIDR (or single address) as an inclusive numeric range. */
export function ipv4Range(prefix: string): [number, number] | undefined {
  const [address, bits] = prefix.trim().split('/');
  const base = ipv4(address ?? '');
  if (base === undefined) return undefined;
  const length = bits === undefined ? 32 : /^\d{1,2}$/.test(bits) ? Number(bits) : NaN;
  if (!(length >= 0 && length <= 32)) return undefined;
  const size = 2 ** (32 - length);
  const start = Math.floor(base / size) * size;
  return [start, start + size - 1];
}

const PRIVATE_V4: [number, number][] = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
].map((cidr) => ipv4Range(cidr)!);

/** True for a public IPv4 address or range that is wholly outside the private and link-local blocks. */
export function isPublicIpv4(prefix: string): boolean {
  const range = ipv4Range(prefix);
  if (!range) return false;
  return !PRIVATE_V4.some(([from, to]) => range[0] <= to && range[1] >= from);
}

/** The IP address Azure's load balancer probes come from; the `AzureLoadBalancer` tag. */
const AZURE_LOAD_BALANCER_IP = '168.63.129.16';

/**
 * Whether a rule's source prefix matches traffic from `source`: `Internet` (any
 * host on the Internet), a service tag, or an IPv4 address. An IP range only
 * matches a single address inside it; for `Internet` it never does, because a
 * range can only let part of the Internet in.
 */
export function prefixMatches(rulePrefix: string, source: string): boolean {
  const prefix = rulePrefix.trim().toLowerCase();
  const wanted = source.trim().toLowerCase();
  if (isAnyAddress(prefix) || prefix === wanted) return true;
  const address = ipv4Range(wanted);
  if (!address || address[0] !== address[1]) return false;
  if (prefix === 'internet') return isPublicIpv4(wanted);
  if (prefix === 'virtualnetwork') return !isPublicIpv4(wanted);
  if (prefix === 'azureloadbalancer') return wanted === AZURE_LOAD_BALANCER_IP;
  const range = ipv4Range(prefix);
  return range !== undefined && range[0] <= address[0] && address[0] <= range[1];
}

/** The verdict Azure's built-in rules give traffic no written rule matched. */
export function defaultInboundAccess(source: string): 'Allow' | 'Deny' {
  const wanted = source.trim().toLowerCase();
  if (wanted === 'virtualnetwork' || wanted === 'azureloadbalancer' || wanted === AZURE_LOAD_BALANCER_IP)
    return 'Allow';
  if (ipv4Range(wanted) && !isPublicIpv4(wanted)) return 'Allow';
  return 'Deny';
}

/** Whether a numeric IPv4 range lies wholly inside one private or link-local block. */
export function isPrivateRange(from: number, to: number): boolean {
  return PRIVATE_V4.some(([start, end]) => start <= from && to <= end);
}
