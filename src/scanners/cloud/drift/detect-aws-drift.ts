import type { Finding } from '../../../core/finding';
import type { Notice } from '../../../core/notice';
import type { AccountData } from '../collectors/aws/collect-account';
import type { AccountKey, RegionKey } from '../collectors/aws/datasets';
import type { DeclaredInfrastructure } from './declared/declared-infrastructure';
import { DriftContext, type DriftScope } from './drift-context';
import { DRIFT_KINDS } from './kinds/index';
import type { DriftKind } from './kinds/drift-kind';

export interface DriftNeeds {
  accountKeys: AccountKey[];
  regionKeys: RegionKey[];
}

export interface DriftResult {
  findings: Finding[];
  notices: Notice[];
}

function kindsIn(declared: DeclaredInfrastructure): DriftKind[] {
  const types = new Set(declared.resources.map((resource) => resource.type));
  return DRIFT_KINDS.filter((kind) => kind.types.some((type) => types.has(type)));
}

/** The datasets drift reads for this project: only those of the kinds it declares. No calls of its own. */
export function driftNeeds(declared: DeclaredInfrastructure): DriftNeeds {
  const kinds = kindsIn(declared);
  return {
    accountKeys: [...new Set(kinds.flatMap((kind) => kind.accountKeys))].sort(),
    regionKeys: [...new Set(kinds.flatMap((kind) => kind.regionKeys))].sort(),
  };
}

/**
 * Compares the declared infrastructure with one account's collected data: settings that drifted, live
 * resources no declaration manages, declared resources that are gone. A dataset that could not be read
 * makes its comparisons "not assessed" notices, never findings.
 */
export function detectAwsDrift(
  declared: DeclaredInfrastructure,
  data: AccountData,
  scope: DriftScope,
): DriftResult {
  const context = new DriftContext(declared, data, scope);
  for (const kind of kindsIn(declared)) kind.compare(context);
  return { findings: context.findings, notices: context.notices };
}
