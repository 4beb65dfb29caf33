import { GitHub } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Octokit } from '@octokit/core';
import { toolVersion } from '../report';
import type { Logger } from './logger';

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  log: Logger;
  /** Retries of a 5xx or network failure (backing off 1, 4, 9 ... delay units). */
  retries?: number;
  /** Retries of a rate-limited request, each after the wait GitHub asks for. */
  rateLimitRetries?: number;
  /** Longest wait GitHub may ask for before we give up on a request instead. */
  maxWaitSeconds?: number;
  /** Milliseconds in one second of waiting; tests shrink it. */
  secondMs?: number;
  /**
   * Space writes as GitHub asks (one at a time, 1 s apart, 3 s for writes that notify people).
   * Only tests that count requests, not time, turn it off.
   */
  pace?: boolean;
}

const ALL_CLIENT_ERRORS = Array.from({ length: 100 }, (_, index) => 400 + index);

/** Honours `retry-after` on a 429, which the throttling plugin of this Octokit generation leaves alone. */
function tooManyRequests(octokit: Octokit, options: object) {
  const settings = (options as { cloudgate?: RetryAfterOptions }).cloudgate;
  if (!settings) return {};
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = (error as { status?: number }).status;
        const header = (error as { response?: { headers?: Record<string, string> } }).response?.headers?.[
          'retry-after'
        ];
        const wait = Number(header) || 60;
        if (status !== 429 || attempt >= settings.retries || wait > settings.maxWaitSeconds) throw error;
        settings.log.info(`GitHub answered 429 (too many requests); retrying in ${wait}s`);
        await new Promise((resolve) => setTimeout(resolve, wait * settings.secondMs));
      }
    }
  });
  return {};
}

interface RetryAfterOptions {
  retries: number;
  maxWaitSeconds: number;
  secondMs: number;
  log: Logger;
}

const Client = GitHub.plugin(throttling, retry, tooManyRequests);
export type GitHubClient = InstanceType<typeof Client>;

/** Bottleneck group stand-ins that never wait: for tests that count requests rather than time. */
function unpacedGroups(): Partial<ThrottlingOptions> {
  const group = {
    key: () => ({
      schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) =>
        Promise.resolve(task(...args)),
    }),
  };
  return {
    global: group,
    write: group,
    notifications: group,
    search: group,
  } as unknown as Partial<ThrottlingOptions>;
}

/**
 * The one Octokit of cloudgate: @actions/github's client with throttling (secondary and primary rate
 * limits, honouring `retry-after`) and retries of 5xx and network failures; other 4xx fail at once.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const { log } = options;
  const retries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 120;
  const secondMs = options.secondMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      if (retryCount >= retries || retryAfter > maxWait) {
        log.info(
          `GitHub ${kind} on ${request.method} ${request.url}: giving up (asked to wait ${retryAfter}s)`,
        );
        return false;
      }
      log.info(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
      return true;
    };
  return new Client({
    auth: `token ${options.token}`,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: `cloudgate/${toolVersion()}`,
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => log.debug(message),
      error: (message: string) => log.debug(message),
    },
    throttle: {
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      onRateLimit: onLimit('rate limit'),
      retryAfterBaseValue: secondMs,
      fallbackSecondaryRateRetryAfter: 60,
      ...(options.pace === false ? unpacedGroups() : {}),
    } as ThrottlingOptions,
    retry: { retries: options.retries ?? 3, doNotRetry: ALL_CLIENT_ERRORS, retryAfterBaseValue: secondMs },
    cloudgate: { retries, maxWaitSeconds: maxWait, secondMs, log } satisfies RetryAfterOptions,
  });
}
