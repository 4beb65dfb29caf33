import type { Violation } from '../../../../../core/engine';
import { flagNode, label, readBool, readText, settingsAlong, type Setting } from '../../../aws/aws-resource';
import type { IacModel } from '../../../model/iac-model';
import { flag } from '../../../model/violation';

/** A resource type and the path of the setting a rule reads on it, in that type's own spelling (`*` iterates a list). */
export interface Target {
  type: string;
  path: string;
}

/**
 * Reads one setting on every resource of the targets and flags those the judge
 * finds wrong; the judge returns the message's end (what is wrong), or undefined.
 */
export function settingFindings(
  model: IacModel,
  targets: readonly Target[],
  judge: (setting: Setting) => string | undefined,
): Violation[] {
  const violations: Violation[] = [];
  for (const { type, path } of targets) {
    for (const resource of model.ofType(type)) {
      for (const setting of settingsAlong(resource, path)) {
        const problem = judge(setting);
        if (problem) violations.push(flag(resource, flagNode(setting), `${label(resource)}: ${problem}`));
      }
    }
  }
  return violations;
}

/** Flags a boolean setting that is false, or not written when its default is off. */
export function requireTrue(defaultOn: boolean) {
  return (setting: Setting): string | undefined => {
    const value = readBool(setting.node);
    if (value === false) return `${setting.name} is false`;
    if (value === undefined && !defaultOn) return `${setting.name} is not set (off by default)`;
    return undefined;
  };
}

/** Flags a boolean setting that is true, or not written when its default is on. */
export function requireFalse(defaultOn: boolean) {
  return (setting: Setting): string | undefined => {
    const value = readBool(setting.node);
    if (value === true) return `${setting.name} is true`;
    if (value === undefined && defaultOn) return `${setting.name} is not set (on by default)`;
    return undefined;
  };
}

/** Flags a setting that is not written (a key, a log destination, a configuration block). */
export function requirePresent(what: string) {
  return (setting: Setting): string | undefined => {
    if (setting.node === undefined) return `${setting.name} is not set, so ${what}`;
    const value = readText(setting.node);
    return value === '' ? `${setting.name} is empty, so ${what}` : undefined;
  };
}
