import { AwsFault } from '../wire/http';
import { paginate, type Service } from './service';

export const guardduty: Service = {
  name: 'guardduty',
  protocol: 'rest-json',
  jsonTimestamps: 'date-time',
  operation(request) {
    if (request.method !== 'GET') return undefined;
    if (request.url.pathname === '/detector') return 'ListDetectors';
    return /^\/detector\/[\w-]+$/.test(request.url.pathname) ? 'GetDetector' : undefined;
  },
  handle(operation, request, world) {
    const region = world.region(request.account, request.region);
    if (operation === 'ListDetectors') {
      const { page, next } = paginate(region.guardDutyDetectors, request.url.searchParams.get('nextToken'));
      return {
        body: { detectorIds: page.map((detector) => detector.id), ...(next ? { nextToken: next } : {}) },
      };
    }
    const id = request.url.pathname.split('/')[2];
    const detector = region.guardDutyDetectors.find((entry) => entry.id === id);
    if (!detector)
      throw new AwsFault(
        400,
        'BadRequestException',
        'The request is rejected because the input detectorId is not owned by the current account.',
      );
    return {
      body: {
        status: detector.status,
        serviceRole:
          'arn:aws:iam::aws:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
        createdAt: '2024-01-01T00:00:00.000Z',
        findingPublishingFrequency: 'SIX_HOURS',
      },
    };
  },
};

export const securityhub: Service = {
  name: 'securityhub',
  protocol: 'rest-json',
  jsonTimestamps: 'date-time',
  operation(request) {
    return request.method === 'GET' && request.url.pathname === '/accounts' ? 'DescribeHub' : undefined;
  },
  handle(_operation, request, world) {
    if (!world.region(request.account, request.region).securityHub) {
      throw new AwsFault(
        401,
        'InvalidAccessException',
        `Account ${request.account} is not subscribed to AWS Security Hub`,
      );
    }
    return {
      body: {
        HubArn: `arn:aws:securityhub:${request.region}:${request.account}:hub/default`,
        SubscribedAt: '2024-01-01T00:00:00.000Z',
        AutoEnableControls: true,
      },
    };
  },
};

export const accessAnalyzer: Service = {
  name: 'access-analyzer',
  protocol: 'rest-json',
  jsonTimestamps: 'date-time',
  operation(request) {
    return request.method === 'GET' && request.url.pathname === '/analyzer' ? 'ListAnalyzers' : undefined;
  },
  handle(_operation, request, world) {
    const region = world.region(request.account, request.region);
    const { page, next } = paginate(region.analyzers, request.url.searchParams.get('nextToken'));
    return { body: { analyzers: page, ...(next ? { nextToken: next } : {}) } };
  },
};

export const efs: Service = {
  name: 'elasticfilesystem',
  protocol: 'rest-json',
  operation(request) {
    return request.method === 'GET' && request.url.pathname === '/2015-02-01/file-systems'
      ? 'DescribeFileSystems'
      : undefined;
  },
  handle(_operation, request, world) {
    const region = world.region(request.account, request.region);
    const { page, next } = paginate(region.fileSystems, request.url.searchParams.get('Marker'));
    return { body: { FileSystems: page, ...(next ? { NextMarker: next } : {}) } };
  },
};
