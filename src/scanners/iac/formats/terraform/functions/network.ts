import { EvalError, toNumberValue, toStringValue, type Value } from '../values';
import type { FunctionTable } from './registry';

interface Cidr {
  bits: 32 | 128;
  address: bigint;
  prefix: number;
}

/** Dotted-quad IPv4 without leading zeros; read character by character, as `cidrsubnet` reads one per subnet. */
function parseIpv4(text: string): bigint | undefined {
  let address = 0;
  let octets = 0;
  let index = 0;
  while (octets < 4) {
    const start = index;
    let octet = 0;
    while (index < text.length && index - start < 3) {
      const digit = text.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) break;
      octet = octet * 10 + digit;
      index++;
    }
    const length = index - start;
    if (length === 0 || octet > 255 || (length > 1 && text.charCodeAt(start) === 48)) return undefined;
    address = address * 256 + octet;
    octets++;
    if (octets < 4) {
      if (text.charCodeAt(index) !== 46) return undefined;
      index++;
    }
  }
  return index === text.length ? BigInt(address) : undefined;
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return undefined;
  const [head = '', tail] = text.split('::');
  const groups = (side: string): number[] | undefined => {
    if (side === '') return [];
    const out: number[] = [];
    for (const part of side.split(':')) {
      if (part.includes('.')) {
        const v4 = parseIpv4(part);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) out.push(parseInt(part, 16));
      else return undefined;
    }
    return out;
  };
  const first = groups(head);
  const last = tail === undefined ? [] : groups(tail);
  if (!first || !last) return undefined;
  const missing = 8 - first.length - last.length;
  if ((tail === undefined && missing !== 0) || missing < 0 || (tail !== undefined && missing < 1))
    return undefined;
  const all = [...first, ...new Array<number>(missing).fill(0), ...last];
  return all.reduce((total, group) => (total << 16n) | BigInt(group), 0n);
}

function parseCidr(value: Value): Cidr {
  const text = toStringValue(value, 'the prefix');
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text);
  const v4 = match ? parseIpv4(match[1]!) : undefined;
  const bits = v4 !== undefined ? 32 : 128;
  const address = v4 ?? (match ? parseIpv6(match[1]!) : undefined);
  const prefix = match ? Number(match[2]) : NaN;
  if (address === undefined || !(prefix <= bits))
    throw new EvalError(`${JSON.stringify(text)} is not a valid CIDR prefix`);
  const hostBits = BigInt(bits - prefix);
  return { bits, address: (address >> hostBits) << hostBits, prefix };
}

function formatAddress(address: bigint, bits: 32 | 128): string {
  if (bits === 32) {
    const value = Number(address);
    return `${(value >>> 24) & 0xff}.${(value >>> 16) & 0xff}.${(value >>> 8) & 0xff}.${value & 0xff}`;
  }
  const groups = Array.from({ length: 8 }, (_, index) =>
    Number((address >> BigInt(112 - index * 16)) & 0xffffn),
  );
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function wholeNumber(value: Value, what: string): bigint {
  const number = toNumberValue(value, what);
  if (!Number.isInteger(number)) throw new EvalError(`${what} must be a whole number`);
  return BigInt(number);
}

function subnet(cidr: Cidr, newBits: number, netNumber: bigint): Cidr {
  const prefix = cidr.prefix + newBits;
  if (newBits < 0 || prefix > cidr.bits)
    throw new EvalError(`cannot extend a /${cidr.prefix} prefix by ${newBits} bits`);
  if (netNumber < 0n || netNumber >= 1n << BigInt(newBits))
    throw new EvalError(`network number ${netNumber} does not fit in ${newBits} bits`);
  return { bits: cidr.bits, address: cidr.address | (netNumber << BigInt(cidr.bits - prefix)), prefix };
}

function cidrhost(args: Value[]): Value {
  const cidr = parseCidr(args[0]!);
  const hostBits = BigInt(cidr.bits - cidr.prefix);
  let host = wholeNumber(args[1]!, 'the host number');
  if (host < 0n) host += 1n << hostBits;
  if (host < 0n || host >= 1n << hostBits)
    throw new EvalError(`host number does not fit in the /${cidr.prefix} prefix`);
  return formatAddress(cidr.address | host, cidr.bits);
}

function cidrsubnets(args: Value[]): Value {
  const cidr = parseCidr(args[0]!);
  let next = cidr.address;
  const end = cidr.address + (1n << BigInt(cidr.bits - cidr.prefix));
  return args.slice(1).map((arg) => {
    const newBits = Number(wholeNumber(arg, 'the new bits'));
    const prefix = cidr.prefix + newBits;
    if (newBits < 1 || prefix > cidr.bits)
      throw new EvalError(`cannot extend a /${cidr.prefix} prefix by ${newBits} bits`);
    const size = 1n << BigInt(cidr.bits - prefix);
    next = ((next + size - 1n) / size) * size;
    if (next + size > end) throw new EvalError('cidrsubnets() ran out of address space');
    const result = `${formatAddress(next, cidr.bits)}/${prefix}`;
    next += size;
    return result;
  });
}

export const NETWORK_FUNCTIONS: FunctionTable = {
  cidrsubnet: {
    min: 3,
    fn: ([prefix, newBits, netNumber]) => {
      const result = subnet(
        parseCidr(prefix!),
        Number(wholeNumber(newBits!, 'the new bits')),
        wholeNumber(netNumber!, 'the network number'),
      );
      return `${formatAddress(result.address, result.bits)}/${result.prefix}`;
    },
  },
  cidrhost: { min: 2, fn: cidrhost },
  cidrnetmask: {
    min: 1,
    fn: ([prefix]) => {
      const cidr = parseCidr(prefix!);
      if (cidr.bits !== 32) throw new EvalError('cidrnetmask() only supports IPv4 prefixes');
      return formatAddress(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - cidr.prefix)) - 1n), 32);
    },
  },
  cidrsubnets: { min: 1, max: Infinity, fn: cidrsubnets },
};
