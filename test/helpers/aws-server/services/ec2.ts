import { AwsFault, type AwsRequest } from '../wire/http';
import type { AwsWorld } from '../world';
import { formAction, paginate, type Service } from './service';

const NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

function page(params: URLSearchParams, items: unknown[], element: string) {
  const { page: slice, next } = paginate(items, params.get('NextToken'));
  return { [element]: slice, ...(next ? { nextToken: next } : {}) };
}

export const ec2: Service = {
  name: 'ec2',
  protocol: 'ec2',
  namespace: NAMESPACE,
  operation: formAction,
  handle(operation, request: AwsRequest, world: AwsWorld) {
    const params = new URLSearchParams(request.body);
    const account = world.account(request.account);
    const region = world.region(request.account, request.region);
    switch (operation) {
      case 'DescribeRegions': {
        const all = params.get('AllRegions') === 'true';
        const regions = [
          ...account.enabledRegions.map((name) => ({
            regionName: name,
            regionEndpoint: `ec2.${name}.amazonaws.com`,
            optInStatus: 'opt-in-not-required',
          })),
          ...(all
            ? account.disabledRegions.map((name) => ({
                regionName: name,
                regionEndpoint: `ec2.${name}.amazonaws.com`,
                optInStatus: 'not-opted-in',
              }))
            : []),
        ];
        return { body: { regionInfo: regions } };
      }
      case 'DescribeSecurityGroups':
        return { body: page(params, region.securityGroups, 'securityGroupInfo') };
      case 'DescribeNetworkAcls':
        return { body: page(params, region.networkAcls, 'networkAclSet') };
      case 'DescribeVpcs':
        return { body: page(params, region.vpcs, 'vpcSet') };
      case 'DescribeFlowLogs':
        return { body: page(params, region.flowLogs, 'flowLogSet') };
      case 'DescribeInstances': {
        const reservations = region.instances.map((instance, index) => ({
          reservationId: `r-${String(index).padStart(17, '0')}`,
          ownerId: account.id,
          instancesSet: [instance],
        }));
        return { body: page(params, reservations, 'reservationSet') };
      }
      case 'GetEbsEncryptionByDefault':
        return { body: { ebsEncryptionByDefault: region.ebsEncryptionByDefault, sseType: 'sse-ebs' } };
      default:
        throw new AwsFault(
          400,
          'InvalidAction',
          `The action ${operation} is not valid for this web service.`,
        );
    }
  },
};
