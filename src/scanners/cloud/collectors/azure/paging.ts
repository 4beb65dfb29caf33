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

/**
 * Whether ARM answered that the resource provider is not registered in the subscription: nothing of that
 * type can exist there, so its list is empty. A subscription that does not exist is a failure, not this.
 */
export function isProviderNotRegistered(error: unknown): boolean {
  const rest = error as { statusCode?: number; code?: string } | undefined;
  if (rest?.code === 'MissingSubscriptionRegistration' || rest?.code === 'SubscriptionNotRegistered')
    return true;
  return rest?.statusCode === 404 && rest.code !== 'SubscriptionNotFound';
}

/** A list of a resource provider: empty when the provider is not registered, every other failure thrown. */
export async function listProvider<T>(
  items: () => AsyncIterable<T>,
  max: number,
  what: string,
  warn: (message: string) => void,
): Promise<T[]> {
  try {
    return await listAll(items(), max, what, warn);
  } catch (error) {
    if (isProviderNotRegistered(error)) return [];
    throw error;
  }
}

/** A single-body list (no nextLink): empty when the provider is not registered. */
export async function readProvider<T>(read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch (error) {
    if (isProviderNotRegistered(error)) return [];
    throw error;
  }
}
