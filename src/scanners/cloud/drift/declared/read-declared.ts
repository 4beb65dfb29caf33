import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../../core/errors';
import type { Notice } from '../../../../core/notice';
import { createTerraformLoader } from '../../../iac/formats/terraform/index';
import { CONFIG_FILE_NAME } from '../../../iac/formats/terraform/terraform-files';
import { scanIac } from '../../../iac/scan-iac';
import type { DeclaredInfrastructure, DeclaredResource } from './declared-infrastructure';
import { readStateFile, type StateResource } from './state-json';

export interface ReadDeclaredOptions {
  /** The Terraform project folder (`iac-path`), absolute or relative to the working directory. */
  iacPath: string;
  /** Findings' file paths are relative to this folder (the repository root); default: `iacPath` itself. */
  root?: string;
  /** `terraform show -json` of the state or of a saved plan; without it, resources are matched by name. */
  statePath?: string;
  /** Terraform variables files, as for the IaC scan. */
  varFiles?: string[];
  /** The cloud whose resources are compared (default `aws`); the others of the code are left out. */
  platform?: DriftPlatform;
}

export type DriftPlatform = 'aws' | 'gcp' | 'azure';

const ARN_ACCOUNT = /^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;
const ARM_SUBSCRIPTION = /^\/subscriptions\/([0-9a-f-]{36})(\/|$)/i;
const GCP_PROJECT_PATH = /(?:^|\/)projects\/([a-z][a-z0-9-]{4,28}[a-z0-9])\//;

/**
 * Reads the Terraform project with the IaC scanner's loader (no rules run) and joins each resource of the
 * platform (AWS unless told) with its state entry by address. The state stays in memory; nothing of it is logged or written.
 */
export function readDeclaredInfrastructure(options: ReadDeclaredOptions): DeclaredInfrastructure {
  const iacPath = path.resolve(options.iacPath);
  const root = path.resolve(options.root ?? iacPath);
  if (!isFolder(iacPath))
    throw new UserError(
      `Terraform project folder ${options.iacPath} does not exist`,
      'Set iac-path to the folder holding the .tf files of the project whose live resources are audited.',
    );
  const relative = path.relative(root, iacPath);
  if (relative.startsWith('..') || path.isAbsolute(relative))
    throw new UserError(`Terraform project folder ${options.iacPath} is outside ${root}`);
  const state = options.statePath !== undefined ? readStateFile(options.statePath) : undefined;
  const { model, report } = scanIac({
    root,
    paths: relative ? [relative.split(path.sep).join('/')] : [],
    rules: [],
    keepModel: true,
    loaders: [createTerraformLoader(options.varFiles ? { varFiles: options.varFiles } : {})],
  });
  const platform = options.platform ?? 'aws';
  const byAddress = new Map((state ?? []).map((resource) => [resource.address, resource]));
  const resources: DeclaredResource[] = model.resources
    .filter((resource) => resource.format === 'terraform' && resource.platform === platform)
    .filter((resource) => resource.meta.mode !== 'data' && resource.meta.expansion !== 'unknown')
    .map((resource) => {
      const entry = byAddress.get(resource.address);
      byAddress.delete(resource.address);
      return {
        type: resource.type,
        address: resource.address,
        source: resource,
        ...(entry ? { state: entry.values } : {}),
      };
    })
    .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const notices = report.notices.filter(isTerraformNotice);
  const incomplete = describeIncomplete(notices);
  const account = STATE_SCOPE[platform](state ?? []);
  return {
    resources,
    stateOnly: [...byAddress.values()],
    model,
    hasState: state !== undefined,
    ...(account ? { account } : {}),
    ...(incomplete ? { incomplete } : {}),
    notices,
  };
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Notices about Terraform files and modules; other files of the folder are not the project's concern here. */
function isTerraformNotice(notice: Notice): boolean {
  if (notice.kind !== 'parse-error' && notice.kind !== 'skipped') return false;
  const file = notice.path ?? '';
  const base = file.slice(file.lastIndexOf('/') + 1);
  return CONFIG_FILE_NAME.test(file) || !base.includes('.');
}

function describeIncomplete(notices: Notice[]): string | undefined {
  if (notices.length === 0) return undefined;
  const first = notices[0]!;
  const where = first.path ? `${first.path}: ` : '';
  const more = notices.length > 1 ? ` (and ${notices.length - 1} more)` : '';
  return `the Terraform code was not read completely (${where}${first.message}${more})`;
}

/** The one account the state's ARNs belong to; undefined when they name none or several. */
function stateAccount(state: StateResource[]): string | undefined {
  const accounts = new Set<string>();
  for (const resource of state) {
    const arn = resource.values.arn;
    const match = typeof arn === 'string' ? ARN_ACCOUNT.exec(arn) : null;
    if (match) accounts.add(match[1]!);
  }
  return accounts.size === 1 ? [...accounts][0] : undefined;
}

/** The one project the state's Google resources name (`project`, or `projects/<id>/` in their ids). */
function stateProject(state: StateResource[]): string | undefined {
  const projects = new Set<string>();
  for (const resource of state.filter((entry) => /^google(-beta)?_/.test(entry.type))) {
    const { project, id, self_link: selfLink } = resource.values;
    if (typeof project === 'string' && project !== '') projects.add(project);
    else
      for (const value of [id, selfLink]) {
        const match = typeof value === 'string' ? GCP_PROJECT_PATH.exec(value) : null;
        if (match) projects.add(match[1]!);
      }
  }
  return projects.size === 1 ? [...projects][0] : undefined;
}

/** The one subscription the state's ARM ids belong to. */
function stateSubscription(state: StateResource[]): string | undefined {
  const subscriptions = new Set<string>();
  for (const resource of state.filter((entry) => entry.type.startsWith('azurerm_'))) {
    const id = resource.values.id;
    const match = typeof id === 'string' ? ARM_SUBSCRIPTION.exec(id) : null;
    if (match) subscriptions.add(match[1]!.toLowerCase());
  }
  return subscriptions.size === 1 ? [...subscriptions][0] : undefined;
}

const STATE_SCOPE: Record<DriftPlatform, (state: StateResource[]) => string | undefined> = {
  aws: stateAccount,
  gcp: stateProject,
  azure: stateSubscription,
};
