import { randomUUID } from 'node:crypto';
import { AwsFault, type AwsResponse } from './http';
import { document, element } from './xml';

export type Protocol = 'query' | 'ec2' | 'json' | 'rest-json' | 'rest-xml' | 's3control';

export interface ServiceWire {
  protocol: Protocol;
  /** XML namespace of query and EC2 responses. */
  namespace?: string;
  /** JSON protocols that also speak the query error codes (CloudWatch): `x-amzn-query-error`. */
  queryCompatible?: boolean;
  /** JSON timestamps as epoch seconds (the protocols' default) or as RFC 3339 strings (services that say so). */
  jsonTimestamps?: 'epoch-seconds' | 'date-time';
  /** Service-specific codes for the standard faults. */
  codes?: Partial<Record<FaultKind, { code: string; status: number }>>;
}

/** A successful answer: a body to render in the protocol, or raw text (S3 GetBucketPolicy). */
export type Result = { body: Record<string, unknown> } | { raw: string; contentType: string };

export type FaultKind =
  'denied' | 'throttled' | 'region-disabled' | 'expired' | 'bad-credentials' | 'bad-signature';

const DEFAULT_CODES: Record<Protocol, Record<FaultKind, { code: string; status: number }>> = {
  query: {
    denied: { code: 'AccessDenied', status: 403 },
    throttled: { code: 'Throttling', status: 400 },
    'region-disabled': { code: 'InvalidClientTokenId', status: 403 },
    expired: { code: 'ExpiredToken', status: 403 },
    'bad-credentials': { code: 'InvalidClientTokenId', status: 403 },
    'bad-signature': { code: 'SignatureDoesNotMatch', status: 403 },
  },
  ec2: {
    denied: { code: 'UnauthorizedOperation', status: 403 },
    throttled: { code: 'RequestLimitExceeded', status: 503 },
    'region-disabled': { code: 'AuthFailure', status: 401 },
    expired: { code: 'RequestExpired', status: 400 },
    'bad-credentials': { code: 'AuthFailure', status: 401 },
    'bad-signature': { code: 'AuthFailure', status: 401 },
  },
  json: {
    denied: { code: 'AccessDeniedException', status: 400 },
    throttled: { code: 'ThrottlingException', status: 400 },
    'region-disabled': { code: 'UnrecognizedClientException', status: 400 },
    expired: { code: 'ExpiredTokenException', status: 400 },
    'bad-credentials': { code: 'UnrecognizedClientException', status: 400 },
    'bad-signature': { code: 'InvalidSignatureException', status: 400 },
  },
  'rest-json': {
    denied: { code: 'AccessDeniedException', status: 403 },
    throttled: { code: 'TooManyRequestsException', status: 429 },
    'region-disabled': { code: 'UnrecognizedClientException', status: 403 },
    expired: { code: 'ExpiredTokenException', status: 403 },
    'bad-credentials': { code: 'UnrecognizedClientException', status: 403 },
    'bad-signature': { code: 'InvalidSignatureException', status: 403 },
  },
  'rest-xml': {
    denied: { code: 'AccessDenied', status: 403 },
    throttled: { code: 'SlowDown', status: 503 },
    'region-disabled': { code: 'InvalidAccessKeyId', status: 403 },
    expired: { code: 'ExpiredToken', status: 400 },
    'bad-credentials': { code: 'InvalidAccessKeyId', status: 403 },
    'bad-signature': { code: 'SignatureDoesNotMatch', status: 403 },
  },
  s3control: {
    denied: { code: 'AccessDenied', status: 403 },
    throttled: { code: 'SlowDown', status: 503 },
    'region-disabled': { code: 'InvalidAccessKeyId', status: 403 },
    expired: { code: 'ExpiredToken', status: 400 },
    'bad-credentials': { code: 'InvalidAccessKeyId', status: 403 },
    'bad-signature': { code: 'SignatureDoesNotMatch', status: 403 },
  },
};

export function standardFault(wire: ServiceWire, kind: FaultKind, message: string): AwsFault {
  const { code, status } = wire.codes?.[kind] ?? DEFAULT_CODES[wire.protocol][kind];
  return new AwsFault(status, code, message);
}

/** JSON protocols write timestamps as epoch seconds. */
function jsonValue(_key: string, value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)
    ? Date.parse(value) / 1000
    : value;
}

export function renderSuccess(wire: ServiceWire, operation: string, result: Result): AwsResponse {
  const requestId = randomUUID();
  if ('raw' in result)
    return {
      status: 200,
      headers: { 'content-type': result.contentType, 'x-amz-request-id': requestId },
      body: result.raw,
    };
  switch (wire.protocol) {
    case 'query':
      return xml(
        document(
          `${operation}Response`,
          wire.namespace,
          { [`${operation}Result`]: result.body, ResponseMetadata: { RequestId: requestId } },
          'member',
        ),
        requestId,
      );
    case 'ec2':
      return xml(
        document(`${operation}Response`, wire.namespace, { requestId, ...result.body }, 'item'),
        requestId,
      );
    case 'json':
    case 'rest-json':
      return {
        status: 200,
        headers: {
          'content-type': wire.protocol === 'json' ? 'application/x-amz-json-1.1' : 'application/json',
          'x-amzn-requestid': requestId,
        },
        body: JSON.stringify(result.body, wire.jsonTimestamps === 'date-time' ? undefined : jsonValue),
      };
    case 'rest-xml':
    case 's3control': {
      const [root, value] = Object.entries(result.body)[0] ?? ['Empty', {}];
      return xml(`<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value, 'member')}`, requestId);
    }
  }
}

export function renderFault(wire: ServiceWire, fault: AwsFault): AwsResponse {
  const requestId = randomUUID();
  const headers: Record<string, string> = { 'x-amzn-requestid': requestId };
  switch (wire.protocol) {
    case 'query':
      return xmlError(
        fault.status,
        document(
          'ErrorResponse',
          wire.namespace,
          { Error: { Type: 'Sender', Code: fault.code, Message: fault.message }, RequestId: requestId },
          'member',
        ),
      );
    case 'ec2':
      return xmlError(
        fault.status,
        document(
          'Response',
          undefined,
          { Errors: { Error: { Code: fault.code, Message: fault.message } }, RequestID: requestId },
          'item',
        ),
      );
    case 'json':
      if (wire.queryCompatible) headers['x-amzn-query-error'] = `${fault.code};Sender`;
      return {
        status: fault.status,
        headers: { ...headers, 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': fault.code },
        body: JSON.stringify({ __type: fault.code, message: fault.message }),
      };
    case 'rest-json':
      return {
        status: fault.status,
        headers: { ...headers, 'content-type': 'application/json', 'x-amzn-errortype': fault.code },
        body: JSON.stringify({ message: fault.message, Message: fault.message }),
      };
    case 'rest-xml':
      return xmlError(
        fault.status,
        `<?xml version="1.0" encoding="UTF-8"?>\n${element('Error', { Code: fault.code, Message: fault.message, RequestId: requestId }, 'member')}`,
      );
    case 's3control':
      return xmlError(
        fault.status,
        `<?xml version="1.0" encoding="UTF-8"?>\n${element('ErrorResponse', { Error: { Code: fault.code, Message: fault.message }, RequestId: requestId }, 'member')}`,
      );
  }
}

function xml(body: string, requestId: string): AwsResponse {
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

function xmlError(status: number, body: string): AwsResponse {
  return { status, headers: { 'content-type': 'text/xml' }, body };
}
