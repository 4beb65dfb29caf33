import { AwsFault, type AwsRequest } from '../wire/http';
import { list } from '../wire/xml';
import type { AwsWorld } from '../world';
import { formAction, paginate, type Service } from './service';

/** RDS names its list members (`DBInstance`, `VpcSecurityGroupMembership`) instead of `member`. */
function rdsInstance(instance: Record<string, unknown>): Record<string, unknown> {
  const groups = instance.VpcSecurityGroups as Record<string, unknown>[] | undefined;
  return {
    ...instance,
    ...(groups ? { VpcSecurityGroups: list('VpcSecurityGroupMembership', groups) } : {}),
  };
}

export const rds: Service = {
  name: 'rds',
  protocol: 'query',
  namespace: 'http://rds.amazonaws.com/doc/2014-10-31/',
  operation: formAction,
  handle(operation, request: AwsRequest, world: AwsWorld) {
    if (operation !== 'DescribeDBInstances')
      throw new AwsFault(400, 'InvalidAction', `Could not find operation ${operation}`);
    const params = new URLSearchParams(request.body);
    const { page, next } = paginate(
      world.region(request.account, request.region).dbInstances,
      params.get('Marker'),
    );
    return {
      body: { DBInstances: list('DBInstance', page.map(rdsInstance)), ...(next ? { Marker: next } : {}) },
    };
  },
};

export const sns: Service = {
  name: 'sns',
  protocol: 'query',
  namespace: 'http://sns.amazonaws.com/doc/2010-03-31/',
  codes: { denied: { code: 'AuthorizationError', status: 403 } },
  operation: formAction,
  handle(operation, request, world) {
    if (operation !== 'ListSubscriptionsByTopic')
      throw new AwsFault(400, 'InvalidAction', `Could not find operation ${operation}`);
    const params = new URLSearchParams(request.body);
    const topic = params.get('TopicArn') ?? '';
    const subscriptions = world.region(request.account, request.region).topics[topic];
    if (!subscriptions) throw new AwsFault(404, 'NotFound', 'Topic does not exist');
    const { page, next } = paginate(
      subscriptions.map((entry) => ({ ...entry, TopicArn: topic, Owner: request.account })),
      params.get('NextToken'),
    );
    return { body: { Subscriptions: page, ...(next ? { NextToken: next } : {}) } };
  },
};
