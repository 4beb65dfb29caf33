/** The parts of an ARM resource id the per-resource calls need. */
export interface ArmIdParts {
  resourceGroup: string;
  name: string;
}

/** `/subscriptions/s/resourceGroups/rg/providers/P/type/name` -> rg and name; undefined when not such an id. */
export function armIdParts(id: string | undefined): ArmIdParts | undefined {
  if (!id) return undefined;
  const match = /\/resourceGroups\/([^/]+)\/providers\/[^/]+\/[^/]+\/([^/]+)/i.exec(id);
  return match ? { resourceGroup: match[1]!, name: match[2]! } : undefined;
}

/** ARM ids compare case-insensitively. */
export function sameArmId(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** `West Europe`, `westeurope` -> `westeurope`. */
export function normalLocation(location: string | undefined): string | undefined {
  return location?.replace(/\s+/g, '').toLowerCase() || undefined;
}
