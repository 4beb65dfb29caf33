import type { ScopeFlagOptions } from '../../../engine/scope-audit-rule';

/** The flag options placing a finding in the resource's location, when it has one. */
export function inRegion(resource: { location?: string }): ScopeFlagOptions {
  return resource.location ? { region: resource.location } : {};
}

/** The last segment of an ARM id, for messages about resources known only by id. */
export function nameOf(id: string | undefined): string {
  return id?.split('/').filter(Boolean).pop() ?? '?';
}
