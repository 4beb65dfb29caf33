import type { Violation } from '../../../core/engine';
import type { IacModel } from '../model/iac-model';
import { flag } from '../model/violation';
import { databaseFlag, flagIs, sqlAnchor, sqlInstances, type SqlEngine } from './sql-view';

export interface FlagExpectation {
  engine: SqlEngine;
  name: string;
  expected: 'on' | 'off';
  /** The engine default differs from `expected`, so leaving the flag out is a finding too. */
  defaultDiffers: boolean;
}

/** Instances of an engine whose database flag is not set to the expected value. */
export function databaseFlagViolations(model: IacModel, expectation: FlagExpectation): Violation[] {
  const { engine, name, expected, defaultDiffers } = expectation;
  return sqlInstances(model)
    .filter((instance) => instance.engine === engine)
    .flatMap((instance) => {
      const setting = databaseFlag(instance, name);
      const matches = flagIs(setting, expected);
      if (matches === true || matches === 'unknown') return [];
      if (matches === undefined && !defaultDiffers) return [];
      const how =
        matches === undefined
          ? `does not set the ${name} flag (it defaults to ${expected === 'on' ? 'off' : 'on'})`
          : `sets ${name} to ${setting.value}`;
      const node = sqlAnchor(setting.node, instance.settings);
      return [flag(instance.resource, node, `${instance.resource.address} ${how}; it should be ${expected}`)];
    });
}
