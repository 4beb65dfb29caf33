import type { DeclaredResource } from './declared/declared-infrastructure';
import type { DriftRecorder } from './drift-recorder';
import type { LiveCandidate, MatchResult } from './matcher';

export interface Matched<L> {
  resource: DeclaredResource;
  result: MatchResult<L>;
}

export interface UnmanagedCheck<L> {
  /** `security group`, for messages. */
  label: string;
  type: string;
  /** Every declaration of the type with its match; none means the project does not manage the kind. */
  matches: Matched<L>[];
  /** The live resources where the project's resources of this kind live (its regions, or the whole scope). */
  candidates: LiveCandidate<L>[];
  /** State attributes that hold ids, for managed resources only the state shows. */
  stateIdPaths: readonly string[];
  /** Resources the cloud provider (or one of its services) creates itself, never reported. */
  createdByProvider(candidate: LiveCandidate<L>): boolean;
  /** The finding's resource id (an ARN, an ARM id, a self link). */
  resourceId(candidate: LiveCandidate<L>): string;
}

/**
 * Live resources of a kind the project manages that no declaration and no state entry has. Only assessed
 * when every declaration could be recognised: an unrecognised one might be any of the live resources.
 */
export function reportUnmanaged<L>(context: DriftRecorder, check: UnmanagedCheck<L>): void {
  if (check.matches.length === 0) return;
  const where = `unmanaged ${check.label}s in ${context.where}`;
  const { declared } = context;
  if (declared.incomplete && !declared.hasState) {
    context.notAssessed(context.rules.unmanagedResource, where, declared.incomplete);
    return;
  }
  const unrecognised = check.matches.find((match) => match.result.kind === 'unknown');
  if (unrecognised) {
    context.notAssessed(
      context.rules.unmanagedResource,
      where,
      `${unrecognised.resource.address} cannot be recognised live (its identity is known only after apply); give the Terraform state`,
    );
    return;
  }
  const managed = new Set<string>();
  for (const match of check.matches)
    if (match.result.kind === 'matched') for (const id of match.result.candidate.ids) managed.add(id);
  const recorded = [
    ...declared.stateOnly.filter((entry) => entry.type === check.type).map((entry) => entry.values),
    ...declared.resources.filter((entry) => entry.type === check.type).map((entry) => entry.state ?? {}),
  ];
  for (const values of recorded)
    for (const path of check.stateIdPaths) {
      const id = values[path];
      if (typeof id === 'string') managed.add(id);
    }
  for (const candidate of check.candidates) {
    if (candidate.ids.some((id) => managed.has(id)) || check.createdByProvider(candidate)) continue;
    const id = check.resourceId(candidate);
    const name = candidate.name && !id.endsWith(candidate.name) ? ` (${candidate.name})` : '';
    context.unmanaged(
      id,
      candidate.region,
      `${capitalise(check.label)} ${id}${name} in ${context.where} is not managed by the Terraform project, which manages the other ${check.label}s${candidate.region ? ` of ${candidate.region}` : ''}.`,
    );
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
