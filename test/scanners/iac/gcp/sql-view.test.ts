import {
  databaseFlag,
  flagIs,
  sqlInstances,
  type SqlInstance,
} from '../../../../src/scanners/iac/gcp/sql-view';
import { loadTerraform } from './load-terraform';

const model = loadTerraform(`
variable "flags" {
  type = map(string)
}

resource "google_sql_database_instance" "mysql" {
  name             = "mysql"
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-n1-standard-1"
    database_flags {
      name  = "local_infile"
      value = "OFF"
    }
  }
}

resource "google_sql_database_instance" "replica" {
  name                 = "replica"
  database_version     = "POSTGRES_15"
  master_instance_name = google_sql_database_instance.mysql.name
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = var.flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}
`);

function instance(name: string): SqlInstance {
  return sqlInstances(model).find(
    (candidate) => candidate.resource.address === `google_sql_database_instance.${name}`,
  )!;
}

describe('Cloud SQL view', () => {
  it('reads the engine and whether the instance is a replica', () => {
    expect([instance('mysql').engine, instance('mysql').replica]).toEqual(['mysql', false]);
    expect([instance('replica').engine, instance('replica').replica]).toEqual(['postgres', true]);
  });

  it('reads database flags case-insensitively, missing ones as undefined', () => {
    expect(flagIs(databaseFlag(instance('mysql'), 'local_infile'), 'off')).toBe(true);
    expect(databaseFlag(instance('mysql'), 'skip_show_database').value).toBeUndefined();
  });

  it('treats flags generated from unknown data as unknown', () => {
    expect(databaseFlag(instance('replica'), 'log_connections').value).toBe('unknown');
  });
});
