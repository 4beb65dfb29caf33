import { AwsFault, type AwsRequest } from '../wire/http';
import type { AwsWorld } from '../world';
import { jsonBody, jsonTarget, paginate, type Service } from './service';

function notFound(operation: string): AwsFault {
  return new AwsFault(400, 'UnknownOperationException', `Unknown operation ${operation}`);
}

function trailView(trail: ReturnType<AwsWorld['visibleTrails']>[number]) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { status, eventSelectors, ...rest } = trail;
  return rest;
}

export const cloudtrail: Service = {
  name: 'cloudtrail',
  protocol: 'json',
  operation: jsonTarget,
  handle(operation, request: AwsRequest, world) {
    const body = jsonBody(request);
    switch (operation) {
      case 'DescribeTrails': {
        const shadows = body.includeShadowTrails !== false;
        const trails = world
          .visibleTrails(request.account, request.region)
          .filter((trail) => shadows || trail.HomeRegion === request.region);
        return { body: { trailList: trails.map(trailView) } };
      }
      case 'GetTrailStatus':
      case 'GetEventSelectors': {
        const name = String(body.Name ?? body.TrailName ?? '');
        const found = world.findTrail(name);
        const org = world.organization;
        const visible =
          found &&
          (found.owner === request.account ||
            (found.trail.IsOrganizationTrail && org?.members.includes(request.account)));
        if (!found || !visible)
          throw new AwsFault(
            400,
            'TrailNotFoundException',
            `Unknown trail: ${name} for the user: ${request.account}`,
          );
        if (operation === 'GetTrailStatus') return { body: { ...found.trail.status } };
        return {
          body: {
            TrailARN: found.trail.TrailARN,
            EventSelectors: found.trail.eventSelectors.map((selector) => ({
              ...selector,
              DataResources: [],
            })),
          },
        };
      }
      default:
        throw notFound(operation);
    }
  },
};

export const config: Service = {
  name: 'config',
  protocol: 'json',
  operation: jsonTarget,
  handle(operation, request, world) {
    const region = world.region(request.account, request.region);
    switch (operation) {
      case 'DescribeConfigurationRecorders':
        return { body: { ConfigurationRecorders: region.configRecorders.recorders } };
      case 'DescribeConfigurationRecorderStatus':
        return { body: { ConfigurationRecordersStatus: region.configRecorders.statuses } };
      default:
        throw notFound(operation);
    }
  },
};

export const kms: Service = {
  name: 'kms',
  protocol: 'json',
  operation: jsonTarget,
  handle(operation, request, world) {
    const region = world.region(request.account, request.region);
    const body = jsonBody(request);
    const key = () => {
      const found = region.kmsKeys.find(
        (entry) => entry.metadata.KeyId === body.KeyId || entry.metadata.Arn === body.KeyId,
      );
      if (!found) throw new AwsFault(400, 'NotFoundException', `Key '${String(body.KeyId)}' does not exist`);
      return found;
    };
    switch (operation) {
      case 'ListKeys': {
        const { page, next } = paginate(region.kmsKeys, body.Marker as string | undefined);
        return {
          body: {
            Keys: page.map((entry) => ({ KeyId: entry.metadata.KeyId, KeyArn: entry.metadata.Arn })),
            Truncated: next !== undefined,
            ...(next ? { NextMarker: next } : {}),
          },
        };
      }
      case 'DescribeKey':
        return { body: { KeyMetadata: key().metadata } };
      case 'GetKeyRotationStatus': {
        const found = key();
        if (found.metadata.KeyManager !== 'CUSTOMER' || found.metadata.KeySpec !== 'SYMMETRIC_DEFAULT') {
          throw new AwsFault(400, 'UnsupportedOperationException', 'Rotation is not supported for this key');
        }
        return { body: { KeyRotationEnabled: found.rotation, KeyId: found.metadata.KeyId } };
      }
      default:
        throw notFound(operation);
    }
  },
};

export const logs: Service = {
  name: 'logs',
  protocol: 'json',
  operation: jsonTarget,
  handle(operation, request, world) {
    const region = world.region(request.account, request.region);
    const body = jsonBody(request);
    if (operation !== 'DescribeMetricFilters') throw notFound(operation);
    const filters = region.metricFilters.filter(
      (filter) => !body.logGroupName || filter.logGroupName === body.logGroupName,
    );
    const { page, next } = paginate(filters, body.nextToken as string | undefined);
    return { body: { metricFilters: page, ...(next ? { nextToken: next } : {}) } };
  },
};

export const monitoring: Service = {
  name: 'monitoring',
  protocol: 'json',
  queryCompatible: true,
  codes: { denied: { code: 'AccessDenied', status: 403 }, throttled: { code: 'Throttling', status: 400 } },
  operation: jsonTarget,
  handle(operation, request, world) {
    const region = world.region(request.account, request.region);
    const body = jsonBody(request);
    if (operation !== 'DescribeAlarms') throw notFound(operation);
    const { page, next } = paginate(region.alarms, body.NextToken as string | undefined);
    return { body: { MetricAlarms: page, CompositeAlarms: [], ...(next ? { NextToken: next } : {}) } };
  },
};

export const secretsmanager: Service = {
  name: 'secretsmanager',
  protocol: 'json',
  operation: jsonTarget,
  handle(operation, request, world) {
    const region = world.region(request.account, request.region);
    const body = jsonBody(request);
    if (operation !== 'ListSecrets') throw notFound(operation);
    const { page, next } = paginate(region.secrets, body.NextToken as string | undefined);
    return { body: { SecretList: page, ...(next ? { NextToken: next } : {}) } };
  },
};

export const organizations: Service = {
  name: 'organizations',
  protocol: 'json',
  operation: jsonTarget,
  handle(operation, request, world) {
    const body = jsonBody(request);
    const org = world.organization;
    if (operation !== 'ListAccounts') throw notFound(operation);
    if (!org || !org.members.includes(request.account))
      throw new AwsFault(
        400,
        'AWSOrganizationsNotInUseException',
        'Your account is not a member of an organization.',
      );
    if (org.management !== request.account)
      throw new AwsFault(400, 'AccessDeniedException', "You don't have permissions to access this resource.");
    const accounts = org.members.map((id) => ({
      Id: id,
      Arn: `arn:aws:organizations::${org.management}:account/o-loopback/${id}`,
      Email: `aws+${id}@example.com`,
      Name: `account-${id}`,
      Status: 'ACTIVE',
      State: 'ACTIVE',
      JoinedMethod: id === org.management ? 'CREATED' : 'INVITED',
      JoinedTimestamp: new Date('2023-01-01T00:00:00Z'),
    }));
    const { page, next } = paginate(accounts, body.NextToken as string | undefined, 5);
    return { body: { Accounts: page, ...(next ? { NextToken: next } : {}) } };
  },
};
