import path from 'node:path';
import type { Report } from '../core/report';
import { applyFilters } from '../core/apply-filters';
import { readBaseline } from '../core/baseline';
import { loadConfig, selectRules, type CloudgateConfig } from '../core/config';
import { scanIac } from '../scanners/iac/scan-iac';
import { IAC_RULES } from '../scanners/iac/rules/index';
import { inShard, type Shard } from './shard';

export interface IacPipelineOptions {
  root: string;
  paths?: string[];
  configPath?: string;
  baselinePath?: string;
  shard?: Shard;
  today?: Date;
}

export interface IacPipelineResult {
  report: Report;
  config: CloudgateConfig;
}

/** The IaC scan as users run it: config, rules, scan, suppressions and baseline. Shared by the CLI and the actions. */
export function runIacPipeline(options: IacPipelineOptions): IacPipelineResult {
  const root = path.resolve(options.root);
  const today = options.today ?? new Date();
  const knownRuleIds = IAC_RULES.flatMap((rule) => [rule.meta.id, ...rule.meta.aliases]);
  const { config } = loadConfig(root, options.configPath, { knownRuleIds });
  const baselinePath = options.baselinePath ?? config.baseline;
  const baseline = baselinePath ? readBaseline(path.resolve(root, baselinePath)) : undefined;
  const shard = options.shard;
  const { report } = scanIac({
    root,
    paths: options.paths,
    exclude: config.exclude,
    rules: selectRules(IAC_RULES, config),
    today,
    ...(shard ? { fileFilter: (file: string) => inShard(file, shard) } : {}),
  });
  return { report: applyFilters(report, { config, baseline, today }), config };
}
