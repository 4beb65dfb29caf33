import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, readText, type Known } from './gcp-settings';

export type SqlEngine = 'mysql' | 'postgres' | 'sqlserver';

export interface SqlInstance {
  resource: Resource;
  engine: Known<SqlEngine>;
  /** A read replica takes backups, IP and flag settings from its primary. */
  replica: Known<boolean>;
  settings: ModelNode | undefined;
  ipConfiguration: ModelNode | undefined;
}

export function sqlInstances(model: IacModel): SqlInstance[] {
  return model.view('gcp-sql-instances', () =>
    model.ofType('google_sql_database_instance').map((resource) => {
      const version = readText(at(resource.body, 'database_version'));
      const primary = at(resource.body, 'master_instance_name');
      const settings = at(resource.body, 'settings');
      return {
        resource,
        engine: engineOf(version),
        replica: primary === undefined ? false : primary.kind === 'unknown' ? true : readText(primary) !== '',
        settings,
        ipConfiguration: at(settings, 'ip_configuration'),
      };
    }),
  );
}

/**
 * Primary instances whose settings and IP configuration are written out, or absent, rather
 * than computed at apply time: replicas take their IP settings from the primary.
 */
export function primariesWithKnownIpConfiguration(model: IacModel): SqlInstance[] {
  return sqlInstances(model).filter(
    (instance) =>
      instance.replica === false &&
      instance.settings?.kind !== 'unknown' &&
      instance.ipConfiguration?.kind !== 'unknown',
  );
}

function engineOf(version: Known<string>): Known<SqlEngine> {
  if (version === undefined || version === 'unknown') return version;
  const upper = version.toUpperCase();
  if (upper.startsWith('MYSQL')) return 'mysql';
  if (upper.startsWith('POSTGRES')) return 'postgres';
  if (upper.startsWith('SQLSERVER')) return 'sqlserver';
  return 'unknown';
}

export interface DatabaseFlag {
  /** The `value` of the flag's entry, or the entry itself when it has none. */
  node: ModelNode | undefined;
  value: Known<string>;
}

/**
 * A database flag set in `settings.database_flags`: its value, undefined when not
 * set (the engine default applies), 'unknown' when the flags are generated from
 * values known only at apply time.
 */
export function databaseFlag(instance: SqlInstance, name: string): DatabaseFlag {
  const flags = at(instance.settings, 'database_flags');
  if (instance.settings?.kind === 'unknown' || flags?.kind === 'unknown')
    return { node: flags, value: 'unknown' };
  let unknown = false;
  for (const entry of blocks(flags)) {
    if (entry.kind !== 'map') {
      unknown = true;
      continue;
    }
    const flagName = readText(at(entry, 'name'));
    if (flagName === 'unknown') unknown = true;
    if (flagName !== name) continue;
    const valueNode = at(entry, 'value');
    return { node: valueNode ?? entry, value: readText(valueNode) };
  }
  return { node: undefined, value: unknown ? 'unknown' : undefined };
}

/** Flags are case-insensitive `on` / `off`. */
export function flagIs(flag: DatabaseFlag, expected: 'on' | 'off'): Known<boolean> {
  if (flag.value === undefined || flag.value === 'unknown') return flag.value;
  return flag.value.trim().toLowerCase() === expected;
}

/** The node a finding about a missing setting of the instance points at: the closest written block. */
export function sqlAnchor(...nodes: (ModelNode | undefined)[]): ModelNode | undefined {
  return nodes.find((node) => node !== undefined && node.kind !== 'unknown');
}
