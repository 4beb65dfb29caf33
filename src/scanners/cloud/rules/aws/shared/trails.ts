import type { TrailRecord, Trails, TrailSelectors } from '../../../collectors/aws/cloudtrail';
import type { AuditContextBase } from '../../../engine/audit-rule';

/** Whether the selectors record all management events, reads and writes (classic or advanced selectors). */
export function recordsAllManagementEvents(selectors: TrailSelectors): boolean {
  const classic = selectors.eventSelectors.some(
    (selector) => selector.IncludeManagementEvents !== false && (selector.ReadWriteType ?? 'All') === 'All',
  );
  const advanced = selectors.advancedEventSelectors.some((selector) => {
    const fields = selector.FieldSelectors ?? [];
    const category = fields.find((field) => field.Field === 'eventCategory');
    const readOnly = fields.find((field) => field.Field === 'readOnly');
    return category?.Equals?.includes('Management') === true && readOnly === undefined;
  });
  return classic || advanced;
}

/**
 * Whether a trail satisfies CIS 3.1 (multi-region, logging, every management event): `unknown` when its
 * status or selectors could not be read.
 */
export function trailCoverage(record: TrailRecord): 'complete' | 'incomplete' | 'unknown' {
  if (record.trail.IsMultiRegionTrail !== true) return 'incomplete';
  if (!record.status.ok || !record.selectors.ok) return 'unknown';
  return record.status.value.isLogging && recordsAllManagementEvents(record.selectors.value)
    ? 'complete'
    : 'incomplete';
}

/**
 * The trails that cover the whole account, or undefined after recording why that cannot be told (a region
 * whose trails could not be listed, a multi-region trail whose status could not be read).
 */
export function completeTrails(context: AuditContextBase, trails: Trails): TrailRecord[] | undefined {
  const complete = trails.trails.filter((record) => trailCoverage(record) === 'complete');
  if (complete.length > 0) return complete;
  for (const record of trails.trails.filter((entry) => trailCoverage(entry) === 'unknown')) {
    context.use(record.status);
    context.use(record.selectors);
  }
  for (const gap of trails.gaps) context.gap(gap.reason, gap.region);
  return context.incomplete ? undefined : [];
}

/** Trails this account owns: an organisation trail is assessed in the account that manages it. */
export function ownTrails(context: AuditContextBase, trails: Trails): TrailRecord[] {
  return trails.trails.filter((record) => record.owner === context.account);
}

export function trailName(record: TrailRecord): string {
  const name = record.trail.Name ?? record.arn;
  return record.trail.IsOrganizationTrail ? `organisation trail ${name}` : `trail ${name}`;
}

export function trailRegion(record: TrailRecord): { region?: string } {
  return record.trail.HomeRegion ? { region: record.trail.HomeRegion } : {};
}
