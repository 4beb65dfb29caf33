import { describeAwsFailure, type AwsFailure } from '../../aws/aws-errors';
import type { AwsClient, AwsClientClass, AwsClients } from '../../aws/aws-clients';
import type { CallStats } from './call-stats';
import { collected, missing, type Collected } from './collected';
import type { LimiterPool } from './limiter';

/** Everything collection needs for one account; shared by every dataset of the account. */
export interface AccountSession {
  account: string;
  partition: string;
  /** Region of the global services (IAM, S3 Control, STS) and of account-wide lookups. */
  homeRegion: string;
  /** The enabled regions this audit covers in the account. */
  regions: readonly string[];
  clients: AwsClients;
  limiters: LimiterPool;
  stats: CallStats;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Pages read per list call at most; a larger inventory is cut there with a warning. */
  maxPages: number;
  warn(message: string): void;
}

/** An AWS call that failed, classified; datasets turn it into a "not assessed" reason. */
export class AwsCallError extends Error {
  constructor(readonly failure: AwsFailure) {
    super(failure.reason);
  }
}

export interface Page<T> {
  items: T[];
  next?: string | undefined;
}

/** The view a collector gets: clients, bounded and counted calls, pagination, classified failures. */
export class CollectEnv {
  constructor(
    readonly session: AccountSession,
    /** The region of a regional dataset, or the home region for an account-wide one. */
    readonly region: string,
  ) {}

  get account(): string {
    return this.session.account;
  }

  client<C extends AwsClient>(clientClass: AwsClientClass<C>, region: string = this.region): C {
    return this.session.clients.get(clientClass, region);
  }

  /** Runs one SDK call under the service's concurrency bound in that region. `action` is `service:Operation`. */
  async call<T>(action: string, region: string, send: () => Promise<T>): Promise<T> {
    const service = action.slice(0, action.indexOf(':'));
    const { stats } = this.session;
    return this.session.limiters.for(`${service}:${region}`).run(async () => {
      stats.calls++;
      try {
        return await send();
      } catch (error) {
        stats.failed++;
        throw new AwsCallError(describeAwsFailure(error, action, region));
      }
    });
  }

  /** Like `call`, but a failure becomes the reason of a missing value instead of an exception. */
  async attempt<T>(action: string, region: string, send: () => Promise<T>): Promise<Collected<T>> {
    try {
      return collected(await this.call(action, region, send));
    } catch (error) {
      if (error instanceof AwsCallError) return missing(error.failure.reason);
      throw error;
    }
  }

  /** Like `pages`, but a failing page makes the list missing (with the reason) instead of throwing. */
  async attemptPages<T>(
    action: string,
    region: string,
    fetch: (token: string | undefined) => Promise<Page<T>>,
  ): Promise<Collected<T[]>> {
    try {
      return collected(await this.pages(action, region, fetch));
    } catch (error) {
      if (error instanceof AwsCallError) return missing(error.failure.reason);
      throw error;
    }
  }

  /** Follows a paginated list to its end (or to the page cap, with a warning). */
  async pages<T>(
    action: string,
    region: string,
    fetch: (token: string | undefined) => Promise<Page<T>>,
  ): Promise<T[]> {
    const items: T[] = [];
    let token: string | undefined;
    for (let page = 0; page < this.session.maxPages; page++) {
      const result = await this.call(action, region, () => fetch(token));
      items.push(...result.items);
      if (!result.next || result.next === token) return items;
      token = result.next;
    }
    this.session.warn(
      `${action} in ${region} of account ${this.account} returned more than ${this.session.maxPages} pages; the rest was not read`,
    );
    return items;
  }
}
