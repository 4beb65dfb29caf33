/** One subscription of the loopback Azure: its ARM answers by path (without the query string). */
export interface SubscriptionSeed {
  id: string;
  displayName: string;
  state?: 'Enabled' | 'Disabled' | 'Warned';
  /** ARM path -> response body. A body with a `value` array is a list, served in pages. */
  resources: Record<string, unknown>;
}

/** A misconfiguration a seed plants on purpose: the check that must report it and the resource id. */
export interface Expectation {
  check: string;
  resource: string;
}

export interface AzureSeed {
  subscriptions: SubscriptionSeed[];
  /** Microsoft Graph path (after /v1.0, with its query) -> body. */
  graph?: Record<string, unknown>;
  expectations: Expectation[];
}

/** A planned failure: requests whose path matches answer this error (a number of times, or always). */
export interface AzureFault {
  path: RegExp;
  status: number;
  code: string;
  message?: string;
  times?: number;
  retryAfterSeconds?: number;
}

export interface AzureCall {
  method: string;
  path: string;
  /** The scope of the bearer token presented: `arm`, `graph` or none. */
  audience?: 'arm' | 'graph';
  status: number;
}

/** The federated credential the loopback Entra ID accepts. */
export interface FederatedCredential {
  tenantId: string;
  clientId: string;
  subject: string;
  audience: string;
}

export class AzureWorld {
  readonly calls: AzureCall[] = [];
  /** Every token issued: its scope and whether the assertion was a fresh GitHub token. */
  readonly tokens: { scope: string; assertionId: string }[] = [];
  faults: AzureFault[] = [];

  constructor(
    readonly seed: AzureSeed,
    readonly federated: FederatedCredential,
  ) {}

  subscription(id: string): SubscriptionSeed | undefined {
    return this.seed.subscriptions.find((subscription) => subscription.id.toLowerCase() === id.toLowerCase());
  }

  fault(path: string): AzureFault | undefined {
    const fault = this.faults.find((candidate) => candidate.path.test(path) && candidate.times !== 0);
    if (fault && fault.times !== undefined) fault.times--;
    return fault;
  }
}
