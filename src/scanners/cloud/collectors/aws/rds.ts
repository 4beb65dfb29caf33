import { DescribeDBInstancesCommand, RDSClient, type DBInstance } from '@aws-sdk/client-rds';
import type { CollectEnv } from './collect-env';

export function collectDbInstances(env: CollectEnv): Promise<DBInstance[]> {
  const rds = env.client(RDSClient);
  return env.pages('rds:DescribeDBInstances', env.region, async (marker) => {
    const output = await rds.send(
      new DescribeDBInstancesCommand({ MaxRecords: 100, ...(marker ? { Marker: marker } : {}) }),
    );
    return { items: output.DBInstances ?? [], next: output.Marker };
  });
}
