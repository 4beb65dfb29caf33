import {
  checkLength,
  EvalError,
  formatNumber,
  freshBudget,
  ObjectValue,
  spend,
  Unknown,
  walkBudget,
  type Budget,
  type Value,
} from '../values';

/**
 * JSON as Terraform's jsonencode writes it: object keys sorted, no spaces, and
 * `<`, `>`, `&`, U+2028 and U+2029 escaped as \u sequences.
 */
export function encodeJson(value: Value, budget: Budget = freshBudget()): string {
  const out = { parts: [] as string[], length: 0 };
  write(value, walkBudget(budget), out, 0);
  return out.parts.join('');
}

function emit(out: { parts: string[]; length: number }, text: string): void {
  out.length += text.length;
  checkLength(out.length);
  out.parts.push(text);
}

function write(value: Value, budget: Budget, out: { parts: string[]; length: number }, depth: number): void {
  if (depth > 128) throw new EvalError('jsonencode() nesting is too deep');
  spend(budget);
  if (value === null) return emit(out, 'null');
  if (typeof value === 'string') return emit(out, quote(value));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new EvalError('jsonencode() cannot encode an infinite number');
    return emit(out, formatNumber(value));
  }
  if (typeof value === 'boolean') return emit(out, String(value));
  if (value instanceof Unknown) throw new EvalError('jsonencode() cannot encode an unknown value');
  const list = Array.isArray(value);
  emit(out, list ? '[' : '{');
  const keys = list ? undefined : value.sortedKeys();
  const count = list ? value.length : keys!.length;
  for (let index = 0; index < count; index++) {
    if (index > 0) emit(out, ',');
    if (list) write(value[index]!, budget, out, depth + 1);
    else {
      emit(out, `${quote(keys![index]!)}:`);
      write((value as ObjectValue).map.get(keys![index]!)!, budget, out, depth + 1);
    }
  }
  emit(out, list ? ']' : '}');
}

function quote(text: string): string {
  return JSON.stringify(text).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Plain data (from JSON.parse or a YAML parser) as a value. */
export function fromPlain(data: unknown, depth = 0): Value {
  if (depth > 128) throw new EvalError('decoded data is nested too deeply');
  if (data === null || data === undefined) return null;
  if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean') return data;
  if (typeof data === 'bigint') return Number(data);
  if (data instanceof Date) return data.toISOString();
  if (Array.isArray(data)) return data.map((item) => fromPlain(item, depth + 1));
  if (data instanceof Map) {
    return new ObjectValue(
      new Map([...data].map(([key, item]) => [String(key), fromPlain(item, depth + 1)])),
    );
  }
  if (typeof data === 'object') {
    return new ObjectValue(
      new Map(
        Object.entries(data as Record<string, unknown>).map(([key, item]) => [
          key,
          fromPlain(item, depth + 1),
        ]),
      ),
    );
  }
  throw new EvalError(`cannot represent ${typeof data} as a value`);
}
