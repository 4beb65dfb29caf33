import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ApiRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  body: unknown;
  token?: string;
  /** Raw body size, for the request-size limits GitHub enforces. */
  bodyBytes: number;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const DOCS = 'https://docs.github.com/rest';

export function failure(status: number, message: string, extra: Record<string, unknown> = {}): ApiFailure {
  return new ApiFailure(status, message, extra);
}

export function errorBody(error: ApiFailure): Record<string, unknown> {
  return { message: error.message, documentation_url: DOCS, status: String(error.status), ...error.extra };
}

/** GitHub's 422 for a request whose fields it refused, with its `errors` list. */
export function unprocessable(errors: string[]): ApiFailure {
  return new ApiFailure(422, 'Unprocessable Entity', { errors });
}

export async function readBody(
  request: IncomingMessage,
  limit: number,
): Promise<{ text: string; bytes: number }> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of request) {
    bytes += (chunk as Buffer).length;
    if (bytes <= limit) chunks.push(chunk as Buffer);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), bytes };
}

export function send(response: ServerResponse, result: ApiResponse): void {
  const headers: Record<string, string> = { 'x-github-request-id': `LOOP:${Date.now()}`, ...result.headers };
  if (result.body === undefined) {
    response.writeHead(result.status, headers).end();
    return;
  }
  const text = JSON.stringify(result.body);
  response
    .writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(text);
}

/** GitHub's page/per_page pagination with a Link header, as Octokit's paginate() follows it. */
export function paginate<T>(request: ApiRequest, items: T[], maxItems = Infinity): ApiResponse {
  const perPage = Math.min(100, Math.max(1, Number(request.url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(request.url.searchParams.get('page') ?? 1) || 1);
  const visible = items.slice(0, maxItems);
  const last = Math.max(1, Math.ceil(visible.length / perPage));
  const body = visible.slice((page - 1) * perPage, page * perPage);
  const link = (target: number): string => {
    const url = new URL(request.url.toString());
    url.searchParams.set('page', String(target));
    url.searchParams.set('per_page', String(perPage));
    return url.toString();
  };
  const links: string[] = [];
  if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
  return { status: 200, body, headers: links.length ? { link: links.join(', ') } : {} };
}

export function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw failure(400, 'Problems parsing JSON');
  }
  return body as Record<string, unknown>;
}
