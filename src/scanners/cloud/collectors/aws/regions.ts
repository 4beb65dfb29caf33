import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import type { CollectEnv } from './collect-env';

export interface RegionStatus {
  name: string;
  /** `opt-in-not-required`, `opted-in` or `not-opted-in`. */
  optInStatus: string;
}

/** Every region of the partition with whether this account has it enabled. */
export async function collectRegionStatus(env: CollectEnv): Promise<RegionStatus[]> {
  const ec2 = env.client(EC2Client, env.session.homeRegion);
  const output = await env.call('ec2:DescribeRegions', env.session.homeRegion, () =>
    ec2.send(new DescribeRegionsCommand({ AllRegions: true })),
  );
  return (output.Regions ?? []).flatMap((region) =>
    region.RegionName
      ? [{ name: region.RegionName, optInStatus: region.OptInStatus ?? 'opt-in-not-required' }]
      : [],
  );
}

export function isEnabled(region: RegionStatus): boolean {
  return region.optInStatus !== 'not-opted-in';
}
