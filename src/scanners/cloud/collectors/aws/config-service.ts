import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
} from '@aws-sdk/client-config-service';
import type { CollectEnv } from './collect-env';

export interface ConfigRecorders {
  recorders: ConfigurationRecorder[];
  statuses: ConfigurationRecorderStatus[];
}

export async function collectConfigRecorders(env: CollectEnv): Promise<ConfigRecorders> {
  const config = env.client(ConfigServiceClient);
  const recorders = await env.call('config:DescribeConfigurationRecorders', env.region, () =>
    config.send(new DescribeConfigurationRecordersCommand({})),
  );
  const statuses = await env.call('config:DescribeConfigurationRecorderStatus', env.region, () =>
    config.send(new DescribeConfigurationRecorderStatusCommand({})),
  );
  return {
    recorders: recorders.ConfigurationRecorders ?? [],
    statuses: statuses.ConfigurationRecordersStatus ?? [],
  };
}
