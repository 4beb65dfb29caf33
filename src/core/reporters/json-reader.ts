/**
 * Typed access to untrusted parsed JSON, one field at a time, with the JSON path of every value so that
 * an error says exactly where the input is wrong. Values are copied into fresh objects field by field;
 * nothing of the input object (its prototype, unknown keys) reaches the caller.
 */
export class JsonShapeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

type JsonObject = Record<string, unknown>;

/** Keys that would reach an object's prototype if a consumer ever copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class JsonReader {
  constructor(
    readonly value: unknown,
    readonly path = '$',
  ) {}

  /** The object at this path; fails on arrays, null, primitives and prototype-pollution keys. */
  object(): JsonObjectReader {
    const value = this.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(`expected an object, got ${kindOf(value)}`);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        new JsonReader(undefined, childPath(this.path, key)).fail('this key is not allowed');
    }
    return new JsonObjectReader(value as JsonObject, this.path);
  }

  array(maxItems: number): JsonReader[] {
    const value = this.value;
    if (!Array.isArray(value)) this.fail(`expected an array, got ${kindOf(value)}`);
    if (value.length > maxItems) this.fail(`has ${value.length} items; at most ${maxItems} are accepted`);
    return value.map((item, index) => new JsonReader(item, `${this.path}[${index}]`));
  }

  string(maxLength: number, pattern?: RegExp): string {
    const value = this.value;
    if (typeof value !== 'string') this.fail(`expected a string, got ${kindOf(value)}`);
    if (value.length > maxLength)
      this.fail(`is ${value.length} characters long; at most ${maxLength} are accepted`);
    if (pattern && !pattern.test(value)) this.fail(`${preview(value)} does not have the expected form`);
    return value;
  }

  oneOf<T extends string>(allowed: readonly T[]): T {
    const value = this.value;
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) {
      this.fail(
        `expected one of ${allowed.join(', ')}, got ${typeof value === 'string' ? preview(value) : kindOf(value)}`,
      );
    }
    return match;
  }

  integer(min: number, max = Number.MAX_SAFE_INTEGER): number {
    const value = this.value;
    if (typeof value !== 'number' || !Number.isInteger(value))
      this.fail(`expected an integer, got ${kindOf(value)}`);
    if (value < min || value > max) this.fail(`${value} is out of range (${min} to ${max})`);
    return value;
  }

  number(min: number, max: number): number {
    const value = this.value;
    if (typeof value !== 'number' || !Number.isFinite(value))
      this.fail(`expected a number, got ${kindOf(value)}`);
    if (value < min || value > max) this.fail(`${value} is out of range (${min} to ${max})`);
    return value;
  }

  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail(`expected true or false, got ${kindOf(this.value)}`);
    return this.value;
  }

  fail(problem: string): never {
    throw new JsonShapeError(this.path, problem);
  }
}

export class JsonObjectReader {
  constructor(
    private readonly value: JsonObject,
    readonly path: string,
  ) {}

  has(key: string): boolean {
    return Object.hasOwn(this.value, key) && this.value[key] !== undefined;
  }

  /** A field that must be present. */
  get(key: string): JsonReader {
    if (!this.has(key)) new JsonReader(undefined, childPath(this.path, key)).fail('is missing');
    return new JsonReader(this.value[key], childPath(this.path, key));
  }

  /** A field that may be absent (or null): undefined then. */
  optional(key: string): JsonReader | undefined {
    if (!this.has(key) || this.value[key] === null) return undefined;
    return new JsonReader(this.value[key], childPath(this.path, key));
  }

  keys(maxKeys: number): string[] {
    const keys = Object.keys(this.value);
    if (keys.length > maxKeys)
      new JsonReader(this.value, this.path).fail(`has ${keys.length} keys; at most ${maxKeys} are accepted`);
    return keys;
  }
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${preview(key, 60)}]`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : 'a number';
  return typeof value;
}

/** A short, quoted and single-line view of an untrusted value for an error message. */
export function preview(value: string, max = 40): string {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(short);
}
