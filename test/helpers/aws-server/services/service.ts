import { AwsFault, type AwsRequest } from '../wire/http';
import type { Result, ServiceWire } from '../wire/protocols';
import type { AwsWorld } from '../world';

export interface Service extends ServiceWire {
  /** The SigV4 signing name. */
  name: string;
  /** The operation a request asks for, or undefined for an unknown route. */
  operation(request: AwsRequest): string | undefined;
  handle(operation: string, request: AwsRequest, world: AwsWorld): Result | Promise<Result>;
}

/** Items per page of every list, small so that clients must follow pagination. */
export const PAGE_SIZE = 2;

export function paginate<T>(
  items: readonly T[],
  token: string | null | undefined,
  size = PAGE_SIZE,
): { page: T[]; next?: string } {
  const start = token ? Number(Buffer.from(token, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0 || start > items.length)
    throw new AwsFault(400, 'InvalidNextToken', 'The pagination token is not valid');
  const end = start + size;
  return {
    page: items.slice(start, end),
    ...(end < items.length ? { next: Buffer.from(String(end)).toString('base64url') } : {}),
  };
}

export function unknownOperation(service: string, operation: string): AwsFault {
  return new AwsFault(400, 'InvalidAction', `${service} has no operation ${operation} on this endpoint`);
}

/** `Action=...` of a query or EC2 request. */
export function formAction(request: AwsRequest): string | undefined {
  return new URLSearchParams(request.body).get('Action') ?? undefined;
}

/** The operation of a JSON request from `X-Amz-Target: Prefix.Operation`. */
export function jsonTarget(request: AwsRequest): string | undefined {
  const target = request.headers['x-amz-target'];
  return typeof target === 'string' ? target.slice(target.lastIndexOf('.') + 1) : undefined;
}

export function jsonBody(request: AwsRequest): Record<string, unknown> {
  return request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
}
