export type AwsFailureKind = 'denied' | 'region-disabled' | 'throttled' | 'not-found' | 'error';

export interface AwsFailure {
  kind: AwsFailureKind;
  /** The error code AWS returned (or the SDK's error name). */
  code: string;
  /** One line for a notice: which call, what happened. Never contains request credentials. */
  reason: string;
}

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
  'ForbiddenException',
]);

// A call into a region the account has not opted into fails authentication there.
const REGION_DISABLED = new Set([
  'OptInRequired',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'AuthFailure',
]);

const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'SlowDown',
  'LimitExceeded',
  'LimitExceededException',
  'ProvisionedThroughputExceededException',
]);

const NOT_FOUND = /^(NoSuch\w*|\w*NotFound\w*|ResourceNotFoundException)$/;

interface SdkErrorShape {
  name?: unknown;
  Code?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

export function errorCode(error: unknown): string {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  for (const candidate of [shape.Code, shape.code, shape.name]) {
    if (typeof candidate === 'string' && candidate && candidate !== 'Error') return candidate;
  }
  return 'UnknownError';
}

/** Classifies an error of an AWS SDK call (`call` is the IAM action, e.g. `ec2:DescribeVpcs`) for a notice. */
export function describeAwsFailure(error: unknown, call: string, region?: string): AwsFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const code = errorCode(error);
  const status = shape.$metadata?.httpStatusCode;
  const attempts = shape.$metadata?.attempts;
  const where = region ? ` in ${region}` : '';
  const detail = conciseMessage(shape.message);
  const kind = classify(code, status);
  const text: Record<AwsFailureKind, string> = {
    denied: `${call} was denied${where} (${code}${detail}); grant it to the audit role (the SecurityAudit managed policy covers it)`,
    'region-disabled': `${call} failed${where} (${code}${detail}); the region is probably not enabled for the account`,
    throttled: `${call} was still throttled${where} after ${attempts ?? 'several'} attempts (${code})`,
    'not-found': `${call} found nothing${where} (${code}${detail})`,
    error: `${call} failed${where} (${code}${status ? `, HTTP ${status}` : ''}${detail})`,
  };
  return { kind, code, reason: text[kind] };
}

function classify(code: string, status: number | undefined): AwsFailureKind {
  if (DENIED.has(code)) return 'denied';
  if (REGION_DISABLED.has(code)) return 'region-disabled';
  if (THROTTLED.has(code) || status === 429) return 'throttled';
  if (NOT_FOUND.test(code)) return 'not-found';
  if (status === 403) return 'denied';
  return 'error';
}

/** `Code: message` of an error, on one line and bounded, for messages that are not about a read. */
export function errorSummary(error: unknown): string {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  return `${errorCode(error)}${conciseMessage(shape.message)}`;
}

function conciseMessage(message: unknown): string {
  if (typeof message !== 'string' || !message.trim() || message === 'UnknownError') return '';
  const line = message.replace(/\s+/g, ' ').trim();
  return `: ${line.length > 160 ? `${line.slice(0, 160)}…` : line}`;
}
