import type { AzureDatasets } from '../../collectors/azure/datasets';
import { declaredString } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import { matchLive, type LiveCandidate, type MatchResult } from '../matcher';
import type { ScopeDriftContext, ScopeDriftKind } from '../scope-drift-context';
import { reportUnmanaged } from '../unmanaged';

export type AzureDriftContext = ScopeDriftContext<AzureDatasets>;
export type AzureDriftKind = ScopeDriftKind<AzureDatasets>;

const RESOURCE_GROUP = /\/resourceGroups\/([^/]+)\//i;

function groupOf<L>(candidate: LiveCandidate<L>): string | undefined {
  return resourceGroupOf((candidate.item as { id?: string }).id);
}

/** The resource group of an ARM id, lower-cased (ARM names compare case-insensitively). */
export function resourceGroupOf(id: string | undefined): string | undefined {
  const match = id ? RESOURCE_GROUP.exec(id) : null;
  return match ? match[1]!.toLowerCase() : undefined;
}

/** A live ARM resource as the matcher sees it: its id and name lower-cased, its location as region. */
export function armCandidates<L extends { id?: string; name?: string; location?: string }>(
  resources: readonly L[],
): LiveCandidate<L>[] {
  return resources.flatMap((resource) => {
    const group = resourceGroupOf(resource.id);
    if (!resource.id || !resource.name || !group) return [];
    // Both spellings: the state may record the id as ARM returned it.
    const ids = [...new Set([resource.id, resource.id.toLowerCase()])];
    const region = resource.location?.replace(/\s+/g, '').toLowerCase();
    return [{ item: resource, ids, name: resource.name.toLowerCase(), ...(region ? { region } : {}) }];
  });
}

/**
 * The live resource of a declaration: by the state's ARM id (certain), else by its literal name within its
 * literal resource group. A name without a known resource group is unique only when one live resource has it.
 */
export function matchArm<L>(
  resource: DeclaredResource,
  candidates: readonly LiveCandidate<L>[],
): MatchResult<L> {
  const id = resource.state?.id;
  if (typeof id === 'string' && id !== '') return matchLive({ ids: [id.toLowerCase()] }, candidates);
  const name = declaredString(resource, 'name')?.toLowerCase();
  if (name === undefined) return { kind: 'unknown' };
  const group = declaredString(resource, 'resource_group_name')?.toLowerCase();
  if (group === undefined) {
    const found = candidates.filter((candidate) => candidate.name === name);
    return found.length === 1 ? { kind: 'matched', candidate: found[0]! } : { kind: 'unknown' };
  }
  return matchLive(
    { ids: [], name },
    candidates.filter((candidate) => groupOf(candidate) === group),
  );
}

/** Declarations of `type` in this subscription (the state's id names it; without state, any). */
export function subscriptionDeclarations(context: AzureDriftContext, type: string): DeclaredResource[] {
  return context.applied(type).filter((resource) => {
    const id = resource.state?.id;
    if (typeof id !== 'string') return true;
    return id.toLowerCase().startsWith(`/subscriptions/${context.account.toLowerCase()}/`);
  });
}

/** The resource groups the project works in: those it declares and those of its resources. */
function projectResourceGroups(context: AzureDriftContext): Set<string> {
  const groups = new Set<string>();
  for (const resource of context.declared.resources) {
    const group =
      resource.type === 'azurerm_resource_group'
        ? declaredString(resource, 'name')
        : (declaredString(resource, 'resource_group_name') ??
          resourceGroupOf(String(resource.state?.id ?? '')));
    if (group) groups.add(group.toLowerCase());
  }
  return groups;
}

/** Resource groups Azure services fill by themselves: AKS node groups, Databricks, Cloud Shell. */
const MANAGED_GROUPS = /^(mc_|databricks-rg-|cloud-shell-storage-)/;

/** Reports the live resources of a kind, in the project's resource groups, that nothing declares. */
export function reportUnmanagedArm<L extends { id?: string }>(
  context: AzureDriftContext,
  check: {
    label: string;
    type: string;
    matches: { resource: DeclaredResource; result: MatchResult<L> }[];
    candidates: LiveCandidate<L>[];
  },
): void {
  const groups = projectResourceGroups(context);
  reportUnmanaged(context, {
    ...check,
    candidates: check.candidates.filter((candidate) => groups.has(groupOf(candidate) ?? '')),
    stateIdPaths: ['id'],
    createdByProvider: (candidate) => MANAGED_GROUPS.test(groupOf(candidate) ?? ''),
    resourceId: (candidate) => candidate.item.id ?? '',
  });
}

/** The matches of every declaration of `type`, and a "missing" finding for each certain one that is gone. */
export function matchDeclarations<L>(
  context: AzureDriftContext,
  type: string,
  label: string,
  candidates: readonly LiveCandidate<L>[],
  control: boolean,
): { resource: DeclaredResource; result: MatchResult<L> }[] {
  return subscriptionDeclarations(context, type).map((resource) => {
    const result = matchArm(resource, candidates);
    if (result.kind === 'missing')
      context.missing(
        resource,
        `declares ${label} ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`,
        control,
      );
    return { resource, result };
  });
}
