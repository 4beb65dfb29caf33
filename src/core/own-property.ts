/**
 * Sets `target[key]` as an own, enumerable property. Plain assignment of a key named
 * `__proto__`, which a configuration may well contain, would replace the object's prototype
 * instead and the entry would be lost.
 */
export function setOwnProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
