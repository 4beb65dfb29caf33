import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors';
import type { RuleMeta } from './rule';
import type { Severity } from './severity';
import { parseConfigText, type ConfigProblem } from './config-schema';

export interface CloudgateConfig {
  rules: {
    disable: string[];
    /** When set, only these rules run (minus the disabled ones). */
    enable?: string[];
  };
  /** Rule id (or alias) -> severity that replaces the rule's own. */
  severity: Record<string, Severity>;
  /** gitignore-style patterns, relative to the scan root. */
  exclude: string[];
  suppressions: ConfigSuppression[];
  failOn?: Severity | 'none';
  /** As written in the file: relative to the folder holding the config file (see resolveBaselinePath). */
  baseline?: string;
}

export interface ConfigSuppression {
  /** A rule id or one of its aliases. */
  rule: string;
  /** gitignore-style patterns on the finding's file path. */
  paths?: string[];
  /** Exact addresses or globs (`*`, `?`) on the finding's resource. */
  resources?: string[];
  reason: string;
  /** YYYY-MM-DD: the suppression applies through that day and stops applying after it. */
  expires?: string;
  /** Where it was declared, e.g. `.cloudgate.yml:12`; set by loadConfig. */
  source?: string;
}

export interface LoadedConfig {
  config: CloudgateConfig;
  /** The file that was read, as given or joined to the root; absent when none exists. */
  path?: string;
}

export interface LoadConfigOptions {
  /** Rule ids and aliases a config may name; without it, rule ids are not checked. */
  knownRuleIds?: Iterable<string>;
}

export const CONFIG_FILE_NAMES = ['.cloudgate.yml', '.cloudgate.yaml'] as const;
export const CONFIG_DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/configuration.md';
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A config file with problems: every problem of the file, one `<file>:<line>:<col>: <what>` line each. */
export class ConfigError extends UserError {
  override name = 'ConfigError';

  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(
      problems.map((problem) => `${file}:${problem.line}:${problem.column}: ${problem.message}`).join('\n'),
      `Fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} in ${file}; every key is described in docs/configuration.md.`,
      CONFIG_DOCS,
    );
  }
}

export function defaultConfig(): CloudgateConfig {
  return { rules: { disable: [] }, severity: {}, exclude: [], suppressions: [] };
}

/**
 * Reads `.cloudgate.yml` (or `.cloudgate.yaml`) from the scan root, or the file named
 * explicitly (resolved against the working directory, as the user typed it). No file
 * means the defaults; a file with problems throws a ConfigError listing all of them.
 */
export function loadConfig(
  root: string,
  explicitPath?: string,
  options: LoadConfigOptions = {},
): LoadedConfig {
  const file = explicitPath ?? discover(root);
  if (file === undefined) return { config: defaultConfig() };
  const text = readConfigText(file);
  const label = explicitPath ? toSlashes(explicitPath) : path.basename(file);
  const config = parseConfig(text, {
    file: toSlashes(file),
    sourceLabel: label,
    knownRuleIds: options.knownRuleIds,
  });
  return { config, path: file };
}

/** Validates config text; throws a ConfigError naming `file` when anything is wrong. */
export function parseConfig(
  text: string,
  options: { file: string; sourceLabel?: string; knownRuleIds?: Iterable<string> },
): CloudgateConfig {
  const known = options.knownRuleIds ? [...options.knownRuleIds] : undefined;
  const result = parseConfigText(text, {
    knownRuleIds: known,
    sourceLabel: options.sourceLabel ?? options.file,
  });
  if (result.problems.length > 0) throw new ConfigError(options.file, result.problems);
  return result.config;
}

/** The baseline file a config names, resolved against the config file's folder. */
export function resolveBaselinePath(loaded: LoadedConfig): string | undefined {
  const baseline = loaded.config.baseline;
  if (baseline === undefined) return undefined;
  return loaded.path ? path.resolve(path.dirname(loaded.path), baseline) : path.resolve(baseline);
}

/** True when `id` names the rule, by its id or (case-insensitively) one of its aliases. */
export function namesRule(id: string, ruleId: string, meta: RuleMeta | undefined): boolean {
  if (id === ruleId) return true;
  const lower = id.toLowerCase();
  if (ruleId.toLowerCase() === lower) return true;
  return meta?.aliases.some((alias) => alias.toLowerCase() === lower) ?? false;
}

/** Whether the config lets a rule run: in `enable` when that is set, and not in `disable`. */
export function isRuleEnabled(ruleId: string, meta: RuleMeta | undefined, config: CloudgateConfig): boolean {
  const { enable, disable } = config.rules;
  if (enable && !enable.some((id) => namesRule(id, ruleId, meta))) return false;
  return !disable.some((id) => namesRule(id, ruleId, meta));
}

/** The rules to run under this config. */
export function selectRules<T extends { meta: RuleMeta }>(rules: readonly T[], config: CloudgateConfig): T[] {
  return rules.filter((rule) => isRuleEnabled(rule.meta.id, rule.meta, config));
}

/** Every id and alias of a rule set, for loadConfig's `knownRuleIds`. */
export function ruleIdsAndAliases(rules: readonly { meta: RuleMeta }[]): string[] {
  return rules.flatMap((rule) => [rule.meta.id, ...rule.meta.aliases]);
}

function discover(root: string): string | undefined {
  const present = CONFIG_FILE_NAMES.map((name) => path.join(root, name)).filter((file) =>
    statOrUndefined(file),
  );
  if (present.length > 1) {
    throw new UserError(
      `both ${present.map(displayPath).join(' and ')} exist; cloudgate reads one config file`,
      'Merge them into .cloudgate.yml and delete the other.',
      CONFIG_DOCS,
    );
  }
  return present[0];
}

function readConfigText(file: string): string {
  const stats = statOrUndefined(file);
  if (!stats) {
    throw new UserError(
      `${displayPath(file)}: config file not found`,
      'Check the path given to --config.',
      CONFIG_DOCS,
    );
  }
  if (!stats.isFile())
    throw new UserError(`${displayPath(file)}: the config must be a file`, undefined, CONFIG_DOCS);
  if (stats.size > MAX_CONFIG_BYTES) {
    throw new UserError(
      `${displayPath(file)}: ${stats.size} bytes is too large for a config file (1 MiB at most)`,
    );
  }
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UserError(`${displayPath(file)}: cannot read the config file (${(error as Error).message})`);
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Relative to the working directory when inside it, as a terminal user would type it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return toSlashes(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file);
}

function toSlashes(file: string): string {
  return file.split(path.sep).join('/');
}
