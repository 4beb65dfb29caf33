import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccountSeed, OrganizationSeed } from './seed';
import { parseAuthorization, verifySignature } from './sigv4';
import { ec2 } from './services/ec2';
import { iam } from './services/iam';
import {
  cloudtrail,
  config,
  kms,
  logs,
  monitoring,
  organizations,
  secretsmanager,
} from './services/json-services';
import { rds, sns } from './services/query-services';
import { accessAnalyzer, efs, guardduty, securityhub } from './services/rest-json-services';
import { s3, s3control } from './services/s3';
import type { Service } from './services/service';
import { sts } from './services/sts';
import { AwsFault, type AwsRequest, type AwsResponse } from './wire/http';
import { renderFault, renderSuccess, standardFault } from './wire/protocols';
import { AwsWorld, type CallRecord, type FaultPlan, type OidcTrust } from './world';

const SERVICES: Service[] = [
  sts,
  iam,
  ec2,
  rds,
  sns,
  cloudtrail,
  config,
  kms,
  logs,
  monitoring,
  secretsmanager,
  organizations,
  guardduty,
  securityhub,
  accessAnalyzer,
  efs,
];
const GLOBAL_SERVICES = new Set(['iam', 'sts', 's3', 'organizations']);

export interface AwsServerOptions {
  accounts: AccountSeed[];
  organization?: OrganizationSeed;
  oidc?: OidcTrust;
  /** Milliseconds since the epoch; credential expiry and token checks follow it. */
  clock?: () => number;
  faults?: FaultPlan;
}

export interface AwsServer {
  /** For CLOUDGATE_AWS_ENDPOINT_URL. */
  endpoint: string;
  world: AwsWorld;
  close(): Promise<void>;
}

/**
 * AWS on 127.0.0.1: one endpoint for every service, told apart by the SigV4 credential scope (and the S3
 * Control path), each speaking its own wire protocol (query, EC2, JSON 1.0/1.1, REST-JSON, REST-XML).
 * Every request except AssumeRoleWithWebIdentity must carry a valid SigV4 signature of issued credentials.
 */
export async function startAwsServer(options: AwsServerOptions): Promise<AwsServer> {
  const world = new AwsWorld(options.accounts, options.organization, options.oidc, options.clock ?? Date.now);
  world.faults = options.faults ?? {};
  const server: Server = createServer((request, response) => {
    handle(world, request)
      .then((answer) => send(response, answer))
      .catch((error: unknown) =>
        send(response, {
          status: 500,
          headers: { 'content-type': 'text/plain' },
          body: `loopback AWS bug: ${(error as Error).stack ?? String(error)}`,
        }),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    world,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, answer: AwsResponse): void {
  response.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  response.end(answer.body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(world: AwsWorld, raw: IncomingMessage): Promise<AwsResponse> {
  const body = await readBody(raw);
  const target = raw.url ?? '/';
  const url = new URL(target, 'http://127.0.0.1');
  const scope = parseAuthorization(raw.headers.authorization);
  const unsignedSts = !scope && new URLSearchParams(body).get('Action') === 'AssumeRoleWithWebIdentity';
  const serviceName = scope?.service ?? (unsignedSts ? 'sts' : '');
  const service =
    serviceName === 's3'
      ? url.pathname.startsWith('/v20180820/')
        ? s3control
        : s3
      : SERVICES.find((entry) => entry.name === serviceName);
  if (!service) {
    return {
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        message: 'Missing Authentication Token: the request is not SigV4-signed for a known service',
      }),
    };
  }
  const request: AwsRequest = {
    method: raw.method ?? 'GET',
    url,
    headers: raw.headers,
    body,
    service: serviceName,
    region: scope?.region ?? 'us-east-1',
    account: '',
    callerArn: '',
  };
  const record: CallRecord = {
    service: serviceName,
    operation: '',
    account: '',
    region: request.region,
    status: 0,
    ...(scope ? { accessKeyId: scope.accessKeyId } : {}),
  };
  world.calls.push(record);
  let answer: AwsResponse;
  try {
    if (scope) authenticate(world, service, request, scope, target);
    const operation = service.operation(request);
    if (!operation)
      throw new AwsFault(
        400,
        'InvalidAction',
        `${service.name} does not answer ${request.method} ${url.pathname}`,
      );
    Object.assign(record, { operation, account: request.account });
    const call = { service: serviceName, operation, account: request.account, region: request.region };
    const latency = world.faults.latencyMs?.() ?? 0;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (world.faults.deny?.(call))
      throw standardFault(
        service,
        'denied',
        `User: ${request.callerArn} is not authorized to perform: ${serviceName}:${operation}`,
      );
    if (world.faults.throttle?.(call)) throw standardFault(service, 'throttled', 'Rate exceeded');
    answer = renderSuccess(service, operation, await service.handle(operation, request, world));
  } catch (error) {
    if (!(error instanceof AwsFault)) throw error;
    record.code = error.code;
    answer = renderFault(service, error);
  }
  record.status = answer.status;
  return answer;
}

/** Checks the signature against the issued secret, the session token, expiry and the region's opt-in. */
function authenticate(
  world: AwsWorld,
  service: Service,
  request: AwsRequest,
  scope: NonNullable<ReturnType<typeof parseAuthorization>>,
  target: string,
): void {
  const issued = world.credentials.get(scope.accessKeyId);
  if (!issued)
    throw standardFault(service, 'bad-credentials', 'The security token included in the request is invalid.');
  const token = request.headers['x-amz-security-token'];
  if ((issued.sessionToken ?? undefined) !== (typeof token === 'string' ? token : undefined)) {
    throw standardFault(service, 'bad-credentials', 'The security token included in the request is invalid.');
  }
  if (issued.expiresAt !== undefined && issued.expiresAt <= world.clock()) {
    throw standardFault(service, 'expired', 'The security token included in the request is expired');
  }
  const problem = verifySignature(
    { method: request.method, target, headers: request.headers, body: request.body },
    scope,
    issued.secretAccessKey,
  );
  if (problem)
    throw standardFault(
      service,
      'bad-signature',
      `The request signature we calculated does not match the signature you provided: ${problem}`,
    );
  request.account = issued.account;
  request.callerArn = issued.arn;
  const account = world.accounts.get(issued.account);
  if (account?.disabledRegions.includes(scope.region) && !GLOBAL_SERVICES.has(service.name)) {
    throw standardFault(service, 'region-disabled', 'The security token included in the request is invalid.');
  }
}
