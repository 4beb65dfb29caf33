import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { errorCode } from '../../aws/aws-errors';
import type { CollectEnv } from './collect-env';

export interface SecurityHubState {
  enabled: boolean;
  hubArn?: string;
}

/** Security Hub answers InvalidAccessException ("not subscribed") in a region where it is not enabled. */
export function collectSecurityHub(env: CollectEnv): Promise<SecurityHubState> {
  const hub = env.client(SecurityHubClient);
  return env.call('securityhub:DescribeHub', env.region, async () => {
    try {
      const output = await hub.send(new DescribeHubCommand({}));
      return { enabled: true, ...(output.HubArn ? { hubArn: output.HubArn } : {}) };
    } catch (error) {
      if (['InvalidAccessException', 'ResourceNotFoundException'].includes(errorCode(error)))
        return { enabled: false };
      throw error;
    }
  });
}
