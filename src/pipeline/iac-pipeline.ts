import path from 'node:path';
import type { Report } from '../core/report';
import { applyFilters } from '../core/apply-filters';
import { readBaseline } from '../core/baseline';
import { loadConfig, resolveBaselinePath, selectRules, type CloudgateConfig } from '../core/config';
import { scanIac } from '../scanners/iac/scan-iac';
import { IAC_RULES } from '../scanners/iac/rules/index';
import { FORMAT_LOADERS } from '../scanners/iac/formats/index';
import { createTerraformLoader, terraformLoader } from '../scanners/iac/formats/terraform/index';
import { existsSync } from 'node:fs';
import { UserError } from '../core/errors';
import { knownRuleIds } from './known-rule-ids';
import { inShard, type Shard } from './shard';

export interface IacPipelineOptions {
  root: string;
  paths?: string[];
  configPath?: string;
  baselinePath?: string;
  shard?: Shard;
  today?: Date;
  /** Terraform variables files given by the user, applied after terraform.tfvars and *.auto.tfvars. */
  varFiles?: string[];
}

export interface IacPipelineResult {
  report: Report;
  config: CloudgateConfig;
}

/** The IaC scan as users run it: config, rules, scan, suppressions and baseline. Shared by the CLI and the actions. */
export function runIacPipeline(options: IacPipelineOptions): IacPipelineResult {
  const root = path.resolve(options.root);
  const today = options.today ?? new Date();
  const loaded = loadConfig(root, options.configPath, { knownRuleIds: knownRuleIds() });
  const { config } = loaded;
  // An explicit --baseline is relative to the working directory; the config's is relative to the config file.
  const baselinePath =
    options.baselinePath !== undefined
      ? options.baselinePath && path.resolve(options.baselinePath)
      : resolveBaselinePath(loaded);
  const baseline = baselinePath ? readBaseline(baselinePath) : undefined;
  const shard = options.shard;
  const { report } = scanIac({
    root,
    paths: options.paths,
    exclude: config.exclude,
    rules: selectRules(IAC_RULES, config),
    today,
    ...(options.varFiles && options.varFiles.length > 0
      ? { loaders: loadersWithVarFiles(options.varFiles) }
      : {}),
    ...(shard ? { fileFilter: (file: string) => inShard(file, shard) } : {}),
  });
  const baselineSource = baselinePath ? path.relative(root, baselinePath) || baselinePath : undefined;
  return {
    report: applyFilters(report, { config, baseline, today, ...(baselineSource ? { baselineSource } : {}) }),
    config,
  };
}

function loadersWithVarFiles(varFiles: string[]) {
  const absolute = varFiles.map((file) => {
    const resolved = path.resolve(file);
    if (!existsSync(resolved)) {
      throw new UserError(
        `variables file ${file} does not exist`,
        'Pass --var-file with the path of a .tfvars or .tfvars.json file.',
      );
    }
    return resolved;
  });
  const withVars = createTerraformLoader({ varFiles: absolute });
  return FORMAT_LOADERS.map((loader) => (loader === terraformLoader ? withVars : loader));
}
