import {
  SqlManagementClient,
  type Database,
  type FirewallRule,
  type LogicalDatabaseTransparentDataEncryption,
  type Server,
  type ServerBlobAuditingPolicy,
} from '@azure/arm-sql';
import type { Collected } from '../aws/collected';
import type { AzureSession } from './azure-session';
import { listAll, listProvider } from './paging';
import { perResource } from './per-resource';

/** A database of a server with its transparent data encryption settings. */
export interface SqlDatabase {
  database: Database;
  encryption: LogicalDatabaseTransparentDataEncryption[];
}

type NeedServers = (key: 'sqlServers') => Promise<Server[]>;

function sql(session: AzureSession): SqlManagementClient {
  return session.clients.get(SqlManagementClient);
}

export function collectSqlServers(session: AzureSession): Promise<Server[]> {
  return listProvider(
    () => sql(session).servers.list(),
    session.maxItems,
    `SQL servers of subscription ${session.subscriptionId}`,
    session.warn,
  );
}

export async function collectSqlFirewallRules(
  session: AzureSession,
  need: NeedServers,
): Promise<Map<string, Collected<FirewallRule[]>>> {
  const client = sql(session);
  return perResource(await need('sqlServers'), (_server, { resourceGroup, name }) =>
    listAll(
      client.firewallRules.listByServer(resourceGroup, name),
      session.maxItems,
      `firewall rules of SQL server ${name}`,
      session.warn,
    ),
  );
}

export async function collectSqlAuditing(
  session: AzureSession,
  need: NeedServers,
): Promise<Map<string, Collected<ServerBlobAuditingPolicy[]>>> {
  const client = sql(session);
  return perResource(await need('sqlServers'), (_server, { resourceGroup, name }) =>
    listAll(
      client.serverBlobAuditingPolicies.listByServer(resourceGroup, name),
      10,
      `auditing settings of SQL server ${name}`,
      session.warn,
    ),
  );
}

/** Each server's user databases (not `master`) with their encryption settings, by server id. */
export async function collectSqlDatabases(
  session: AzureSession,
  need: NeedServers,
): Promise<Map<string, Collected<SqlDatabase[]>>> {
  const client = sql(session);
  return perResource(await need('sqlServers'), async (_server, { resourceGroup, name }) => {
    const databases = await listAll(
      client.databases.listByServer(resourceGroup, name),
      session.maxItems,
      `databases of SQL server ${name}`,
      session.warn,
    );
    const user = databases.filter((database) => database.name?.toLowerCase() !== 'master');
    const out: SqlDatabase[] = [];
    for (const database of user) {
      const encryption = await listAll(
        client.transparentDataEncryptions.listByDatabase(resourceGroup, name, database.name ?? ''),
        10,
        `encryption of database ${database.name}`,
        session.warn,
      );
      out.push({ database, encryption });
    }
    return out;
  });
}
