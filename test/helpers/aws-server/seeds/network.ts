import type { RegionSeed } from '../seed';

export function vpcId(account: string, regionName: string): string {
  return `vpc-${account.slice(-4)}${regionName.replace(/[^a-z0-9]/g, '').slice(0, 8)}`;
}

/** A VPC set up as CIS asks: flow logs on, an empty default security group, a NACL closed to admin ports. */
export function cleanNetwork(seed: RegionSeed, account: string, regionName: string): void {
  const vpc = vpcId(account, regionName);
  seed.vpcs.push({
    vpcId: vpc,
    state: 'available',
    cidrBlock: '10.0.0.0/16',
    isDefault: false,
    ownerId: account,
  });
  seed.flowLogs.push({
    flowLogId: `fl-${vpc}`,
    flowLogStatus: 'ACTIVE',
    resourceId: vpc,
    trafficType: 'ALL',
    logDestinationType: 'cloud-watch-logs',
    deliverLogsStatus: 'SUCCESS',
  });
  seed.securityGroups.push(
    {
      ownerId: account,
      groupId: `sg-default-${vpc}`,
      groupName: 'default',
      groupDescription: 'default VPC security group',
      vpcId: vpc,
      ipPermissions: [],
      ipPermissionsEgress: [],
    },
    {
      ownerId: account,
      groupId: `sg-web-${vpc}`,
      groupName: 'web',
      groupDescription: 'public HTTPS, SSH from the office',
      vpcId: vpc,
      ipPermissions: [
        {
          ipProtocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          ipRanges: [{ cidrIp: '0.0.0.0/0' }],
          ipv6Ranges: [{ cidrIpv6: '::/0' }],
          groups: [],
          prefixListIds: [],
        },
        {
          ipProtocol: 'tcp',
          fromPort: 22,
          toPort: 22,
          ipRanges: [{ cidrIp: '203.0.113.0/24', description: 'office' }],
          ipv6Ranges: [],
          groups: [],
          prefixListIds: [],
        },
      ],
      ipPermissionsEgress: [
        {
          ipProtocol: '-1',
          ipRanges: [{ cidrIp: '0.0.0.0/0' }],
          ipv6Ranges: [],
          groups: [],
          prefixListIds: [],
        },
      ],
    },
  );
  seed.networkAcls.push({
    networkAclId: `acl-${vpc}`,
    vpcId: vpc,
    default: true,
    ownerId: account,
    entrySet: [
      {
        ruleNumber: 90,
        protocol: '6',
        ruleAction: 'deny',
        egress: false,
        cidrBlock: '0.0.0.0/0',
        portRange: { from: 22, to: 22 },
      },
      {
        ruleNumber: 91,
        protocol: '6',
        ruleAction: 'deny',
        egress: false,
        cidrBlock: '0.0.0.0/0',
        portRange: { from: 3389, to: 3389 },
      },
      {
        ruleNumber: 92,
        protocol: '6',
        ruleAction: 'deny',
        egress: false,
        ipv6CidrBlock: '::/0',
        portRange: { from: 22, to: 22 },
      },
      {
        ruleNumber: 93,
        protocol: '6',
        ruleAction: 'deny',
        egress: false,
        ipv6CidrBlock: '::/0',
        portRange: { from: 3389, to: 3389 },
      },
      { ruleNumber: 100, protocol: '-1', ruleAction: 'allow', egress: false, cidrBlock: '0.0.0.0/0' },
      { ruleNumber: 101, protocol: '-1', ruleAction: 'allow', egress: false, ipv6CidrBlock: '::/0' },
      { ruleNumber: 32767, protocol: '-1', ruleAction: 'deny', egress: false, cidrBlock: '0.0.0.0/0' },
      { ruleNumber: 100, protocol: '-1', ruleAction: 'allow', egress: true, cidrBlock: '0.0.0.0/0' },
    ],
    associationSet: [],
  });
  seed.instances.push({
    instanceId: `i-${vpc.slice(4)}01`,
    imageId: 'ami-0abcdef1234567890',
    instanceState: { code: 16, name: 'running' },
    instanceType: 't3.micro',
    vpcId: vpc,
    metadataOptions: {
      state: 'applied',
      httpTokens: 'required',
      httpPutResponseHopLimit: 1,
      httpEndpoint: 'enabled',
    },
  });
}
