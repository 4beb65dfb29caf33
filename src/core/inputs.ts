import { UserError } from './errors';

export type InputEnv = Record<string, string | undefined>;

const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/actions.md';

/**
 * An action input, from either spelling: `INPUT_<NAME>` as the runner sets it for a JavaScript action
 * (name upper-cased, spaces as underscores, dashes kept), or `CLOUDGATE_<NAME>` (dashes as underscores)
 * as our composite actions map it through `env:`, since composite steps receive no INPUT_* variables
 * (`INPUT_<NAME>` with underscores for dashes is read too, for env mappings written that way).
 * The composite spelling wins: it is the one our own action.yml files set explicitly.
 */
export function getInput(env: InputEnv, name: string): string {
  const underscored = name.replace(/[ -]/g, '_').toUpperCase();
  const composite = env[`CLOUDGATE_${underscored}`];
  const javascript = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? env[`INPUT_${underscored}`];
  return (composite ?? javascript ?? '').trim();
}

export function getRequiredInput(env: InputEnv, name: string): string {
  const value = getInput(env, name);
  if (!value)
    throw new UserError(
      `the input "${name}" is required`,
      `Set it under \`with:\` in the step that uses cloudgate.`,
      DOCS,
    );
  return value;
}

/** YAML 1.2 core schema booleans, as GitHub reads them for `getBooleanInput`. */
export function getBooleanInput(env: InputEnv, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (!value) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(
    `the input "${name}" is "${shorten(value)}", which is not a boolean`,
    'Use true or false.',
    DOCS,
  );
}

export function getChoiceInput<T extends string>(
  env: InputEnv,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = getInput(env, name).toLowerCase();
  if (!value) return fallback;
  const match = choices.find((choice) => choice === value);
  if (match) return match;
  throw new UserError(
    `the input "${name}" is "${shorten(value)}"`,
    `Use one of: ${choices.join(', ')}.`,
    DOCS,
  );
}

export function getIntegerInput(
  env: InputEnv,
  name: string,
  bounds: { min: number; max: number; fallback: number },
): number {
  const value = getInput(env, name);
  if (!value) return bounds.fallback;
  const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < bounds.min || number > bounds.max) {
    throw new UserError(
      `the input "${name}" is "${shorten(value)}"`,
      `Use a whole number from ${bounds.min} to ${bounds.max}.`,
      DOCS,
    );
  }
  return number;
}

/** One value per line or separated by commas; blank entries are dropped. */
export function getListInput(env: InputEnv, name: string): string[] {
  return getInput(env, name)
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
