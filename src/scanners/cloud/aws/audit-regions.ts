import { CollectEnv, type AccountSession } from '../collectors/aws/collect-env';
import type { Gap } from '../collectors/aws/collected';
import { collectRegionStatus, isEnabled } from '../collectors/aws/regions';

export type RegionSelection = readonly string[] | 'all-enabled';

export interface ResolvedRegions {
  /** Regions the audit reads in this account. */
  regions: string[];
  /** Requested regions it cannot read, with why: their regional checks are reported as not assessed. */
  unavailable: Gap[];
}

/** The account's enabled regions (ec2:DescribeRegions), intersected with the requested list. */
export async function resolveRegions(
  session: AccountSession,
  requested: RegionSelection,
): Promise<ResolvedRegions> {
  const env = new CollectEnv(session, session.homeRegion);
  let statuses;
  try {
    statuses = await collectRegionStatus(env);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (requested !== 'all-enabled') return { regions: [...requested], unavailable: [] };
    return {
      regions: [session.homeRegion],
      unavailable: [
        {
          reason: `the enabled regions could not be listed (${reason}); only ${session.homeRegion} was audited`,
        },
      ],
    };
  }
  const enabled = statuses
    .filter(isEnabled)
    .map((region) => region.name)
    .sort();
  if (requested === 'all-enabled') return { regions: enabled, unavailable: [] };
  const regions: string[] = [];
  const unavailable: Gap[] = [];
  for (const name of requested) {
    const status = statuses.find((region) => region.name === name);
    if (status && isEnabled(status)) regions.push(name);
    else if (status)
      unavailable.push({
        region: name,
        reason: `region ${name} is not enabled in account ${session.account} (${status.optInStatus})`,
      });
    else unavailable.push({ region: name, reason: `region ${name} is not a region of this partition` });
  }
  return { regions: regions.sort(), unavailable };
}
