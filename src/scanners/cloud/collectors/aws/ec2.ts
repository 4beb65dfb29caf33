import {
  DescribeFlowLogsCommand,
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  type FlowLog,
  type Instance,
  type NetworkAcl,
  type SecurityGroup,
  type Vpc,
} from '@aws-sdk/client-ec2';
import type { CollectEnv } from './collect-env';

const PAGE = 1000;

export function collectSecurityGroups(env: CollectEnv): Promise<SecurityGroup[]> {
  const ec2 = env.client(EC2Client);
  return env.pages('ec2:DescribeSecurityGroups', env.region, async (token) => {
    const output = await ec2.send(
      new DescribeSecurityGroupsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }),
    );
    return { items: output.SecurityGroups ?? [], next: output.NextToken };
  });
}

export function collectNetworkAcls(env: CollectEnv): Promise<NetworkAcl[]> {
  const ec2 = env.client(EC2Client);
  return env.pages('ec2:DescribeNetworkAcls', env.region, async (token) => {
    const output = await ec2.send(
      new DescribeNetworkAclsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }),
    );
    return { items: output.NetworkAcls ?? [], next: output.NextToken };
  });
}

export function collectVpcs(env: CollectEnv): Promise<Vpc[]> {
  const ec2 = env.client(EC2Client);
  return env.pages('ec2:DescribeVpcs', env.region, async (token) => {
    const output = await ec2.send(
      new DescribeVpcsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }),
    );
    return { items: output.Vpcs ?? [], next: output.NextToken };
  });
}

export function collectFlowLogs(env: CollectEnv): Promise<FlowLog[]> {
  const ec2 = env.client(EC2Client);
  return env.pages('ec2:DescribeFlowLogs', env.region, async (token) => {
    const output = await ec2.send(
      new DescribeFlowLogsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }),
    );
    return { items: output.FlowLogs ?? [], next: output.NextToken };
  });
}

/** Instances that exist (terminated ones linger in the API for an hour and are left out). */
export async function collectInstances(env: CollectEnv): Promise<Instance[]> {
  const ec2 = env.client(EC2Client);
  const instances = await env.pages('ec2:DescribeInstances', env.region, async (token) => {
    const output = await ec2.send(
      new DescribeInstancesCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }),
    );
    return {
      items: (output.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []),
      next: output.NextToken,
    };
  });
  return instances.filter(
    (instance) => !['terminated', 'shutting-down'].includes(instance.State?.Name ?? ''),
  );
}

export async function collectEbsEncryptionByDefault(env: CollectEnv): Promise<boolean> {
  const ec2 = env.client(EC2Client);
  const output = await env.call('ec2:GetEbsEncryptionByDefault', env.region, () =>
    ec2.send(new GetEbsEncryptionByDefaultCommand({})),
  );
  return output.EbsEncryptionByDefault === true;
}
