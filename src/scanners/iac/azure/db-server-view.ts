import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, azureResources, isArm, readText, setting, type Setting } from './azure-resource';

export type DbEngine = 'postgres' | 'mysql';

const SINGLE_SERVER = {
  postgres: { terraform: ['azurerm_postgresql_server'], arm: ['Microsoft.DBforPostgreSQL/servers'] },
  mysql: { terraform: ['azurerm_mysql_server'], arm: ['Microsoft.DBforMySQL/servers'] },
};

const FLEXIBLE_CONFIGURATION = {
  postgres: {
    terraform: ['azurerm_postgresql_flexible_server_configuration'],
    arm: ['Microsoft.DBforPostgreSQL/flexibleServers/configurations'],
  },
  mysql: {
    terraform: ['azurerm_mysql_flexible_server_configuration'],
    arm: ['Microsoft.DBforMySQL/flexibleServers/configurations'],
  },
};

/** Single servers (the older offering) of an engine, with their TLS switches in each format's spelling. */
export function singleServers(model: IacModel, engine: DbEngine) {
  return azureResources(model, SINGLE_SERVER[engine]).map((server) => ({
    resource: server,
    sslEnforcement: setting(server, {
      terraform: 'ssl_enforcement_enabled',
      arm: 'properties.sslEnforcement',
    }),
    minTls: setting(server, {
      terraform: 'ssl_minimal_tls_version_enforced',
      arm: 'properties.minimalTlsVersion',
    }),
  }));
}

/** A flexible server parameter set by configuration resources: its name and the value node. */
export interface ServerParameter {
  resource: Resource;
  name: string;
  value: Setting;
}

/** Flexible server parameters of an engine whose name is one of `names` (case-insensitive). */
export function flexibleParameters(
  model: IacModel,
  engine: DbEngine,
  names: readonly string[],
): ServerParameter[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return azureResources(model, FLEXIBLE_CONFIGURATION[engine]).flatMap((resource) => {
    const written = isArm(resource)
      ? resource.meta.name?.slice(resource.meta.name.lastIndexOf('/') + 1)
      : readText(at(resource.body, 'name'));
    if (!written || written === 'unknown' || !wanted.has(written.toLowerCase())) return [];
    return [
      { resource, name: written, value: setting(resource, { terraform: 'value', arm: 'properties.value' }) },
    ];
  });
}
