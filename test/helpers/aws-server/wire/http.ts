import type { IncomingHttpHeaders } from 'node:http';

export interface AwsRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
  /** From the SigV4 credential scope (or the unsigned STS call). */
  service: string;
  region: string;
  /** The account of the credentials that signed the request. */
  account: string;
  /** The ARN of the caller (assumed role session or user). */
  callerArn: string;
}

export interface AwsResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An error in the service's own wire format; `status` and `code` as AWS documents them. */
export class AwsFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function formParams(body: string): URLSearchParams {
  return new URLSearchParams(body);
}
