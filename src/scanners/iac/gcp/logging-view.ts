import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, readBool, readStrings, readText, type Known } from './gcp-settings';
import { referencesFrom, referencesTo } from '../formats/terraform/index';
import { resolveTargets } from './references';

type HierarchyLevel = 'project' | 'folder' | 'organization' | 'billing';

export interface LogSink {
  resource: Resource;
  level: HierarchyLevel;
  /** An empty filter exports every log entry. */
  exportsEverything: Known<boolean>;
  /** Folder and organization sinks reach the projects below only with `include_children`. */
  coversChildren: Known<boolean>;
  /** The projects this sink is attached to, when the scan declares them. */
  projects: Resource[];
  /** The sink's project argument names something outside the scan, or is not known. */
  projectUnresolved: boolean;
  destination: ModelNode | undefined;
}

const SINK_LEVELS: [string, HierarchyLevel][] = [
  ['google_logging_project_sink', 'project'],
  ['google_logging_folder_sink', 'folder'],
  ['google_logging_organization_sink', 'organization'],
  ['google_logging_billing_account_sink', 'billing'],
];

/** What `logSinks` reads: the sinks and the projects they export from. */
export const LOG_SINK_SOURCES: readonly string[] = [...SINK_LEVELS.map(([type]) => type), 'google_project'];

export function logSinks(model: IacModel): LogSink[] {
  return model.view('gcp-log-sinks', () =>
    SINK_LEVELS.flatMap(([type, level]) =>
      model.ofType(type).map((resource) => {
        const filter = readText(at(resource.body, 'filter'));
        const disabled = readBool(at(resource.body, 'disabled'));
        const projects = level === 'project' ? projectsOf(model, resource) : [];
        return {
          resource,
          level,
          exportsEverything:
            disabled === true
              ? false
              : filter === 'unknown' || disabled === 'unknown'
                ? 'unknown'
                : !filter?.trim(),
          coversChildren:
            level === 'project' ? false : (readBool(at(resource.body, 'include_children')) ?? false),
          projects,
          projectUnresolved: level === 'project' && projects.length === 0,
          destination: at(resource.body, 'destination'),
        };
      }),
    ),
  );
}

/** The `google_project` resources a project-level resource's `project` argument names. */
export function projectsOf(model: IacModel, resource: Resource): Resource[] {
  return resolveTargets(model, resource, 'project', ['google_project'], 'project_id');
}

export interface AuditConfig {
  /** The resource (or data source) whose text declares it. */
  resource: Resource;
  node: ModelNode;
  level: HierarchyLevel;
  service: Known<string>;
  logTypes: Known<string[]>;
  exempted: { value: string; node: ModelNode }[];
  projects: Resource[];
  projectUnresolved: boolean;
}

const AUDIT_TYPES: [string, HierarchyLevel][] = [
  ['google_project_iam_audit_config', 'project'],
  ['google_folder_iam_audit_config', 'folder'],
  ['google_organization_iam_audit_config', 'organization'],
];

const POLICY_LEVELS = [
  'google_project_iam_policy',
  'google_folder_iam_policy',
  'google_organization_iam_policy',
] as const;

/** What `auditConfigs` reads: audit configs, policy data sources, the policies that use them and the projects. */
export const AUDIT_CONFIG_SOURCES: readonly string[] = [
  ...AUDIT_TYPES.map(([type]) => type),
  'data.google_iam_policy',
  ...POLICY_LEVELS,
  'google_project',
];

/** Data Access audit logging: `*_iam_audit_config` resources and `audit_config` blocks of `google_iam_policy` data sources. */
export function auditConfigs(model: IacModel): AuditConfig[] {
  return model.view('gcp-audit-configs', () => [
    ...AUDIT_TYPES.flatMap(([type, level]) =>
      model.ofType(type).map((resource) => {
        const projects = level === 'project' ? projectsOf(model, resource) : [];
        return {
          ...readAuditConfig(resource, resource.body, 'audit_log_config'),
          level,
          projects,
          projectUnresolved: level === 'project' && projects.length === 0,
        };
      }),
    ),
    ...model.ofType('data.google_iam_policy').flatMap((source) =>
      blocks(at(source.body, 'audit_config')).map((block) => ({
        ...readAuditConfig(source, block, 'audit_log_configs'),
        ...policyLevel(model, source),
      })),
    ),
  ]);
}

function readAuditConfig(
  resource: Resource,
  node: ModelNode,
  logBlock: string,
): Omit<AuditConfig, 'level' | 'projects' | 'projectUnresolved'> {
  const entries = blocks(at(node, logBlock));
  let logTypes: Known<string[]> = [];
  const exempted: { value: string; node: ModelNode }[] = [];
  for (const entry of entries) {
    const type = readText(at(entry, 'log_type'));
    if (entry.kind === 'unknown' || type === 'unknown') logTypes = 'unknown';
    else if (type !== undefined && logTypes !== 'unknown') logTypes.push(type.toUpperCase());
    exempted.push(...readStrings(at(entry, 'exempted_members')).values);
  }
  return { resource, node, service: readText(at(node, 'service')), logTypes, exempted };
}

/** Where a data source's audit config applies: the level of the `_policy` resources that use it. */
function policyLevel(
  model: IacModel,
  source: Resource,
): Pick<AuditConfig, 'level' | 'projects' | 'projectUnresolved'> {
  const users = (type: (typeof POLICY_LEVELS)[number]) =>
    referencesTo(model, source, { type, attribute: 'policy_data' });
  const projectPolicies = users('google_project_iam_policy');
  if (users('google_organization_iam_policy').length > 0)
    return { level: 'organization', projects: [], projectUnresolved: false };
  if (users('google_folder_iam_policy').length > 0)
    return { level: 'folder', projects: [], projectUnresolved: false };
  const projects = projectPolicies.flatMap((policy) => projectsOf(model, policy));
  return { level: 'project', projects, projectUnresolved: projects.length === 0 };
}

/** Whether a written audit configuration covers every service. */
export function isAllServices(config: AuditConfig): Known<boolean> {
  if (config.service === undefined || config.service === 'unknown') return config.service;
  return config.service === 'allServices';
}

/**
 * The buckets of the scan that log sinks write to (`storage.googleapis.com/<bucket>`),
 * by reference or by the bucket name written out.
 */
export function logDestinationBuckets(model: IacModel): Set<Resource> {
  return model.view('gcp-log-destination-buckets', () => {
    const found = new Set<Resource>();
    const literal = new Set<string>();
    for (const sink of logSinks(model)) {
      for (const bucket of referencesFrom(model, sink.resource, {
        type: 'google_storage_bucket',
        attribute: 'destination',
      })) {
        found.add(bucket);
      }
      const destination = readText(sink.destination);
      if (destination?.startsWith('storage.googleapis.com/')) {
        literal.add(
          `${sink.resource.meta.root ?? ''}\0${destination.slice('storage.googleapis.com/'.length)}`,
        );
      }
    }
    for (const bucket of model.ofType('google_storage_bucket')) {
      const name = readText(at(bucket.body, 'name'));
      if (name && name !== 'unknown' && literal.has(`${bucket.meta.root ?? ''}\0${name}`)) found.add(bucket);
    }
    return found;
  });
}
