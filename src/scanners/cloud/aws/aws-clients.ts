import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';

export interface AwsConnectionSettings {
  /**
   * Send every call to this URL instead of AWS: the loopback endpoints of the tests and the benchmark
   * (`CLOUDGATE_AWS_ENDPOINT_URL`). S3 then uses path-style addressing, and S3 Control stops prefixing
   * the host name with the account id.
   */
  endpoint?: string;
  /** Attempts per call, including the first; the SDK's adaptive mode spaces them out. Default 6. */
  maxAttempts?: number;
  /** Per-request socket timeout. Default 30 s. */
  requestTimeoutMs?: number;
}

export interface AwsClientConfig {
  region: string;
  credentials?: AwsCredentialIdentityProvider;
  retryMode: 'adaptive';
  maxAttempts: number;
  requestHandler: { requestTimeout: number; connectionTimeout: number };
  endpoint?: string;
  forcePathStyle?: boolean;
  followRegionRedirects?: boolean;
  endpointProvider?: () => { url: URL };
}

type Handler = (args: unknown) => Promise<{ output: unknown }>;

export interface AwsClient {
  destroy(): void;
}

/** The part of an SDK client's middleware stack used here (each client types it for its own commands). */
interface WithMiddleware {
  middlewareStack: {
    add(middleware: (next: Handler) => Handler, options: { step: 'initialize'; name: string }): void;
  };
}

/** Receives the number of attempts of every call a client completes or gives up on (retries = attempts - 1). */
export type AttemptObserver = (attempts: number) => void;

function attemptsOf(value: unknown): number {
  const attempts = (value as { $metadata?: { attempts?: unknown } } | undefined)?.$metadata?.attempts;
  return typeof attempts === 'number' && attempts > 0 ? attempts : 1;
}

export type AwsClientClass<C extends AwsClient> = new (config: AwsClientConfig) => C;

/** The configuration every cloudgate SDK client gets: adaptive retry, timeouts, and the endpoint override. */
export function awsClientConfig(
  clientClass: AwsClientClass<AwsClient>,
  region: string,
  credentials: AwsCredentialIdentityProvider | undefined,
  settings: AwsConnectionSettings,
): AwsClientConfig {
  const config: AwsClientConfig = {
    region,
    retryMode: 'adaptive',
    maxAttempts: settings.maxAttempts ?? 6,
    requestHandler: { requestTimeout: settings.requestTimeoutMs ?? 30_000, connectionTimeout: 10_000 },
    ...(credentials ? { credentials } : {}),
  };
  if (clientClass === S3Client) config.followRegionRedirects = true;
  const endpoint = settings.endpoint;
  if (!endpoint) return config;
  if (clientClass === S3ControlClient) {
    const url = new URL(endpoint);
    return { ...config, endpointProvider: () => ({ url }) };
  }
  return { ...config, endpoint, ...(clientClass === S3Client ? { forcePathStyle: true } : {}) };
}

/** Reports each call's attempts; placed outside the retry middleware, so it sees every call once. */
export function observeAttempts<C extends AwsClient>(client: C, observe: AttemptObserver): C {
  (client as unknown as WithMiddleware).middlewareStack.add(
    (next) => async (args) => {
      try {
        const result = await next(args);
        observe(attemptsOf(result.output));
        return result;
      } catch (error) {
        observe(attemptsOf(error));
        throw error;
      }
    },
    { step: 'initialize', name: 'cloudgateAttempts' },
  );
  return client;
}

/** One client per class and region for one set of credentials, created on first use and reused. */
export class AwsClients {
  private readonly clients = new Map<AwsClientClass<AwsClient>, Map<string, AwsClient>>();

  constructor(
    private readonly credentials: AwsCredentialIdentityProvider,
    private readonly settings: AwsConnectionSettings,
    private readonly observe: AttemptObserver = () => {},
  ) {}

  get<C extends AwsClient>(clientClass: AwsClientClass<C>, region: string): C {
    let byRegion = this.clients.get(clientClass);
    if (!byRegion) this.clients.set(clientClass, (byRegion = new Map()));
    let client = byRegion.get(region);
    if (!client) {
      client = new clientClass(awsClientConfig(clientClass, region, this.credentials, this.settings));
      observeAttempts(client, this.observe);
      byRegion.set(region, client);
    }
    return client as C;
  }

  /** Closes the sockets of every client. */
  destroy(): void {
    for (const byRegion of this.clients.values()) for (const client of byRegion.values()) client.destroy();
    this.clients.clear();
  }
}
