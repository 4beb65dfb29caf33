import { AwsCallError, CollectEnv, type AccountSession } from './collect-env';
import { collected, missing, type Collected } from './collected';
import {
  ACCOUNT_COLLECTORS,
  REGION_COLLECTORS,
  type AccountDatasets,
  type AccountKey,
  type RegionDatasets,
  type RegionKey,
} from './datasets';

/** Everything collected for one account: each dataset, or why it is missing. */
export interface AccountData {
  account: string;
  accountWide: Map<AccountKey, Collected<unknown>>;
  regions: Map<string, Map<RegionKey, Collected<unknown>>>;
}

export interface CollectionPlan {
  accountKeys: readonly AccountKey[];
  regionKeys: readonly RegionKey[];
  /** The regions whose regional datasets this run reads (a shard may read a subset). */
  regions: readonly string[];
}

class MissingDependency extends Error {}

/** Reads the planned datasets of one account, account-wide and per region, concurrently. */
export async function collectAccount(session: AccountSession, plan: CollectionPlan): Promise<AccountData> {
  const env = new CollectEnv(session, session.homeRegion);
  const memo = new Map<AccountKey, Promise<Collected<unknown>>>();
  const dataset = (key: AccountKey): Promise<Collected<unknown>> => {
    let pending = memo.get(key);
    if (!pending)
      memo.set(
        key,
        (pending = guard(session, `${key} of account ${session.account}`, () =>
          ACCOUNT_COLLECTORS[key](env, need),
        )),
      );
    return pending;
  };
  const need = async <K extends AccountKey>(key: K): Promise<AccountDatasets[K]> => {
    const result = await dataset(key);
    if (!result.ok) throw new MissingDependency(result.reason);
    return result.value as AccountDatasets[K];
  };
  const regional = plan.regions.map(async (region) => {
    const regionEnv = new CollectEnv(session, region);
    const entries = await Promise.all(
      plan.regionKeys.map(async (key) => {
        const value = await guard(
          session,
          `${key} of account ${session.account} in ${region}`,
          () => REGION_COLLECTORS[key](regionEnv) as Promise<RegionDatasets[RegionKey]>,
        );
        return [key, value] as const;
      }),
    );
    return [region, new Map<RegionKey, Collected<unknown>>(entries)] as const;
  });
  const accountEntries = await Promise.all(
    plan.accountKeys.map(async (key) => [key, await dataset(key)] as const),
  );
  return {
    account: session.account,
    accountWide: new Map(accountEntries),
    regions: new Map(await Promise.all(regional)),
  };
}

async function guard(
  session: AccountSession,
  what: string,
  read: () => Promise<unknown>,
): Promise<Collected<unknown>> {
  try {
    return collected(await read());
  } catch (error) {
    if (error instanceof AwsCallError || error instanceof MissingDependency) return missing(error.message);
    const message = error instanceof Error ? error.message : String(error);
    session.warn(`reading ${what} failed: ${message}`);
    return missing(`reading ${what} failed: ${message}`);
  }
}
