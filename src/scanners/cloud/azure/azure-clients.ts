import type { TokenCredential } from '@azure/core-auth';
import { azureClientOptions, type AzureConnection } from './azure-connection';

type ClientOptions = ReturnType<typeof azureClientOptions>;
type SubscriptionClientClass<T> = new (
  credential: TokenCredential,
  subscriptionId: string,
  options: ClientOptions,
) => T;

/** The ARM SDK clients of one subscription, each made on first use and shared by its collectors. */
export class AzureClients {
  private readonly made = new Map<unknown, unknown>();

  constructor(
    readonly credential: TokenCredential,
    readonly subscriptionId: string,
    readonly connection: AzureConnection,
  ) {}

  get<T>(Client: SubscriptionClientClass<T>): T {
    let client = this.made.get(Client) as T | undefined;
    if (!client) {
      client = new Client(this.credential, this.subscriptionId, azureClientOptions(this.connection));
      this.made.set(Client, client);
    }
    return client;
  }
}
