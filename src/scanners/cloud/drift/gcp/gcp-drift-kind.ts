import type { GcpDatasets } from '../../collectors/gcp/datasets';
import { declaredString } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { ScopeDriftContext, ScopeDriftKind } from '../scope-drift-context';

export type GcpDriftContext = ScopeDriftContext<GcpDatasets>;
export type GcpDriftKind = ScopeDriftKind<GcpDatasets>;

/** Applied declarations of `types` that belong to this project: another `project` argument is another scope. */
export function projectDeclarations(context: GcpDriftContext, ...types: string[]): DeclaredResource[] {
  return context.applied(...types).filter((resource) => {
    const project = declaredString(resource, 'project');
    return project === undefined || project === context.account;
  });
}

/** The last part of a Google resource URL (`.../regions/us-central1` -> `us-central1`). */
export function lastSegment(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  return url.slice(url.lastIndexOf('/') + 1) || undefined;
}
