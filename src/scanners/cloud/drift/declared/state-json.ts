import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../../../../core/errors';

/** One managed resource instance as the state last recorded it. Its values are sensitive: never log them. */
export interface StateResource {
  address: string;
  type: string;
  values: Record<string, unknown>;
}

const MAX_STATE_BYTES = 128 * 1024 * 1024;
const MAX_MODULE_DEPTH = 64;
const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/cloud-audit.md#drift';
const HOW = 'Give the output of `terraform show -json` (of the state, or of a saved plan file).';

/**
 * Reads `terraform show -json` of a state (`values.root_module`) or of a plan (`prior_state.values.root_module`):
 * the managed resources with their last applied values, child modules included. A file that is not such JSON is
 * a UserError naming the file; its content is never quoted, as a state can hold secrets.
 */
export function readStateFile(file: string, label: string = file): StateResource[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UserError(`Terraform state file ${label} cannot be read`, HOW, DOCS);
  }
  if (size > MAX_STATE_BYTES)
    throw new UserError(
      `Terraform state file ${label} is larger than ${MAX_STATE_BYTES / 1024 / 1024} MiB`,
      HOW,
      DOCS,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new UserError(`Terraform state file ${label} is not valid JSON`, HOW, DOCS);
  }
  return stateResources(parsed, label);
}

/** The resources of parsed `terraform show -json` output; `label` names the file in errors. */
export function stateResources(parsed: unknown, label: string): StateResource[] {
  const document = asRecord(parsed);
  if (document && typeof document.version === 'number' && Array.isArray(document.resources))
    throw new UserError(
      `Terraform state file ${label} is a raw state (terraform.tfstate), not the output of \`terraform show -json\``,
      'Convert it first: `terraform show -json > state.json` (or `terraform show -json <planfile>`).',
      DOCS,
    );
  if (!document || typeof document.format_version !== 'string')
    throw new UserError(
      `Terraform state file ${label} is not the output of \`terraform show -json\` (no format_version)`,
      HOW,
      DOCS,
    );
  const values = asRecord(document.values) ?? asRecord(asRecord(document.prior_state)?.values);
  if (!values) {
    // A state with no resources yet, or a plan of a project that was never applied, has no values.
    if (document.values === undefined && document.prior_state === undefined) return [];
    throw new UserError(`Terraform state file ${label} has no readable "values" section`, HOW, DOCS);
  }
  const root = values.root_module;
  if (root === undefined) return [];
  const resources: StateResource[] = [];
  visitModule(root, 0, label, resources);
  return resources;
}

function visitModule(module: unknown, depth: number, label: string, into: StateResource[]): void {
  if (depth > MAX_MODULE_DEPTH)
    throw new UserError(
      `Terraform state file ${label} nests modules more than ${MAX_MODULE_DEPTH} deep`,
      HOW,
      DOCS,
    );
  const record = asRecord(module);
  if (!record)
    throw new UserError(`Terraform state file ${label} has a module that is not an object`, HOW, DOCS);
  const resources = record.resources ?? [];
  const children = record.child_modules ?? [];
  if (!Array.isArray(resources) || !Array.isArray(children))
    throw new UserError(
      `Terraform state file ${label} has "resources" or "child_modules" that are not lists`,
      HOW,
      DOCS,
    );
  for (const entry of resources) {
    const resource = asRecord(entry);
    if (!resource || typeof resource.address !== 'string' || typeof resource.type !== 'string')
      throw new UserError(`Terraform state file ${label} has a resource without address or type`, HOW, DOCS);
    if (resource.mode === 'data') continue;
    into.push({ address: resource.address, type: resource.type, values: asRecord(resource.values) ?? {} });
  }
  for (const child of children) visitModule(child, depth + 1, label, into);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
