import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type AdvancedEventSelector,
  type EventSelector,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { CollectEnv } from './collect-env';
import { AwsCallError } from './collect-env';
import type { Collected, Gap } from './collected';
import { mapLimited } from './limiter';

export interface TrailStatus {
  isLogging: boolean;
  latestCloudWatchLogsDeliveryTime?: Date;
}

export interface TrailSelectors {
  eventSelectors: EventSelector[];
  advancedEventSelectors: AdvancedEventSelector[];
}

export interface TrailRecord {
  trail: Trail;
  arn: string;
  /** The account that owns the trail: another one for an organisation trail seen from a member account. */
  owner: string;
  status: Collected<TrailStatus>;
  selectors: Collected<TrailSelectors>;
}

export interface Trails {
  trails: TrailRecord[];
  /** Regions whose trails could not be listed: a trail homed there may be missing. */
  gaps: Gap[];
}

/**
 * The trails that apply to the account, from every audited region (shadow trails included, so that
 * multi-region and organisation trails are seen), once each, with their status and event selectors
 * read in their home region.
 */
export async function collectTrails(env: CollectEnv): Promise<Trails> {
  const gaps: Gap[] = [];
  const byArn = new Map<string, Trail>();
  await mapLimited(env.session.regions, 8, async (region) => {
    const client = env.client(CloudTrailClient, region);
    try {
      const output = await env.call('cloudtrail:DescribeTrails', region, () =>
        client.send(new DescribeTrailsCommand({ includeShadowTrails: true })),
      );
      for (const trail of output.trailList ?? [])
        if (trail.TrailARN && !byArn.has(trail.TrailARN)) byArn.set(trail.TrailARN, trail);
    } catch (error) {
      if (!(error instanceof AwsCallError)) throw error;
      gaps.push({ region, reason: error.failure.reason });
    }
  });
  const trails = await mapLimited(
    [...byArn.entries()].sort(([a], [b]) => a.localeCompare(b)),
    8,
    async ([arn, trail]) => {
      const region =
        trail.HomeRegion && env.session.regions.includes(trail.HomeRegion)
          ? trail.HomeRegion
          : env.session.homeRegion;
      const client = env.client(CloudTrailClient, region);
      const status = await env.attempt('cloudtrail:GetTrailStatus', region, async () => {
        const output = await client.send(new GetTrailStatusCommand({ Name: arn }));
        return {
          isLogging: output.IsLogging === true,
          ...(output.LatestCloudWatchLogsDeliveryTime
            ? { latestCloudWatchLogsDeliveryTime: output.LatestCloudWatchLogsDeliveryTime }
            : {}),
        };
      });
      const selectors = await env.attempt('cloudtrail:GetEventSelectors', region, async () => {
        const output = await client.send(new GetEventSelectorsCommand({ TrailName: arn }));
        return {
          eventSelectors: output.EventSelectors ?? [],
          advancedEventSelectors: output.AdvancedEventSelectors ?? [],
        };
      });
      return { trail, arn, owner: arn.split(':')[4] ?? '', status, selectors };
    },
  );
  return { trails, gaps };
}
