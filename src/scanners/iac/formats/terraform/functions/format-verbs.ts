import {
  checkLength,
  EvalError,
  formatNumber,
  ObjectValue,
  toBoolValue,
  toNumberValue,
  toStringValue,
  type Budget,
  type Value,
} from '../values';
import { encodeJson } from './json-values';

interface Spec {
  flags: string;
  width?: number;
  precision?: number;
  verb: string;
}

const MAX_WIDTH = 10_000;

/** Terraform's `format`: printf-style verbs (%s %d %f %q %v %t %x %e %g and friends, flags, width, precision, %[n]). */
export function formatString(format: string, args: Value[], budget?: Budget): string {
  let out = '';
  let next = 0;
  let used = 0;
  for (let index = 0; index < format.length; index++) {
    const c = format[index]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    if (format[index + 1] === '%') {
      out += '%';
      index++;
      continue;
    }
    const match = /^%([-+# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?([a-zA-Z])?/.exec(format.slice(index));
    if (!match || !match[5]) throw new EvalError(`format() has an incomplete verb at offset ${index}`);
    index += match[0].length - 1;
    if (match[2]) next = Number(match[2]) - 1;
    if (next >= args.length || next < 0)
      throw new EvalError(`format() has more verbs than arguments (${args.length})`);
    const spec: Spec = {
      flags: match[1] ?? '',
      width: match[3] ? Math.min(Number(match[3]), MAX_WIDTH) : undefined,
      precision: match[4] !== undefined ? Math.min(Number(match[4] || '0'), MAX_WIDTH) : undefined,
      verb: match[5],
    };
    out += pad(render(spec, args[next]!, budget), spec);
    checkLength(out.length);
    next++;
    used = Math.max(used, next);
  }
  if (used < args.length) throw new EvalError(`format() was given ${args.length} arguments but uses ${used}`);
  return out;
}

function render(spec: Spec, value: Value, budget?: Budget): string {
  switch (spec.verb) {
    case 'v':
      if (spec.flags.includes('#')) return encodeJson(value, budget);
      return typeof value === 'string'
        ? value
        : value === null
          ? 'null'
          : typeof value === 'number'
            ? formatNumber(value)
            : typeof value === 'boolean'
              ? String(value)
              : encodeJson(value, budget);
    case 't':
      return String(toBoolValue(value, 'a %t argument'));
    case 's': {
      if (Array.isArray(value) || value instanceof ObjectValue)
        throw new EvalError('%s cannot format a list or map; use jsonencode');
      const text = toStringValue(value, 'a %s argument');
      return spec.precision !== undefined ? [...text].slice(0, spec.precision).join('') : text;
    }
    case 'q':
      return JSON.stringify(toStringValue(value, 'a %q argument'));
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      return integerVerb(spec, toNumberValue(value, `a %${spec.verb} argument`));
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return floatVerb(spec, toNumberValue(value, `a %${spec.verb} argument`));
    default:
      throw new EvalError(`format() does not support the verb %${spec.verb}`);
  }
}

function sign(number: number, flags: string): string {
  if (number < 0) return '-';
  if (flags.includes('+')) return '+';
  return flags.includes(' ') ? ' ' : '';
}

function integerVerb(spec: Spec, number: number): string {
  if (!Number.isInteger(number)) throw new EvalError(`%${spec.verb} needs a whole number, found ${number}`);
  const radix = { d: 10, b: 2, o: 8, x: 16, X: 16 }[spec.verb as 'd'] ?? 10;
  let digits = BigInt(Math.abs(number)).toString(radix);
  if (spec.verb === 'X') digits = digits.toUpperCase();
  if (spec.flags.includes('#'))
    digits = ({ o: '0', x: '0x', X: '0X', b: '0b' }[spec.verb as 'o'] ?? '') + digits;
  return withSign(sign(number, spec.flags), digits, spec);
}

function floatVerb(spec: Spec, number: number): string {
  const precision = spec.precision ?? 6;
  const magnitude = Math.abs(number);
  let digits: string;
  switch (spec.verb) {
    case 'e':
    case 'E':
      digits = magnitude.toExponential(precision).replace(/e([+-])(\d)$/, 'e$10$2');
      break;
    case 'f':
    case 'F':
      digits = magnitude.toFixed(Math.min(precision, 100));
      break;
    default:
      digits =
        spec.precision === undefined
          ? String(magnitude)
          : magnitude.toPrecision(Math.max(1, Math.min(precision, 100)));
  }
  if (spec.verb === 'E' || spec.verb === 'G') digits = digits.toUpperCase();
  return withSign(sign(number, spec.flags), digits, spec);
}

/** Zero padding goes between the sign and the digits. */
function withSign(signText: string, digits: string, spec: Spec): string {
  if (spec.flags.includes('0') && !spec.flags.includes('-') && spec.width !== undefined) {
    return signText + digits.padStart(spec.width - signText.length, '0');
  }
  return signText + digits;
}

function pad(text: string, spec: Spec): string {
  if (spec.width === undefined) return text;
  const length = [...text].length;
  if (length >= spec.width) return text;
  const padding = ' '.repeat(spec.width - length);
  return spec.flags.includes('-') ? text + padding : padding + text;
}
