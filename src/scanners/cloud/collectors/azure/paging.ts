/**
 * Every item of an SDK list (its pages are followed by the SDK), up to `max`; a list cut short is said in a
 * warning, so a partial audit is never silent.
 */
export async function listAll<T>(
  items: AsyncIterable<T>,
  max: number,
  what: string,
  warn: (message: string) => void,
): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    if (out.length >= max) {
      warn(`${what}: only the first ${max} items were audited`);
      break;
    }
    out.push(item);
  }
  return out;
}
