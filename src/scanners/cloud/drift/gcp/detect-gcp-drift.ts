import type { GcpDatasetKey, GcpDatasets } from '../../collectors/gcp/datasets';
import type { DeclaredInfrastructure } from '../declared/declared-infrastructure';
import { GCP_DRIFT_RULES } from '../rules/index';
import type { ScopeDatasets } from '../scope-drift-context';
import {
  detectScopeDrift,
  scopeDriftNeeds,
  type ScopeDriftCloud,
  type ScopeDriftResult,
} from '../scope-drift';
import { GCP_DRIFT_KINDS } from './gcp-kinds';

export const GCP_DRIFT: ScopeDriftCloud<GcpDatasets> = {
  provider: 'gcp',
  rules: GCP_DRIFT_RULES,
  kinds: GCP_DRIFT_KINDS,
};

/** The project datasets drift reads for this Terraform project (only those of the kinds it declares). */
export function gcpDriftNeeds(declared: DeclaredInfrastructure): GcpDatasetKey[] {
  return scopeDriftNeeds(declared, GCP_DRIFT);
}

/**
 * Compares a Terraform project (read with `platform: 'gcp'`) with one Google Cloud project's collected
 * datasets: settings that drifted, buckets, firewall rules and SQL instances nothing declares, declared
 * resources that are gone. A dataset that could not be read makes its comparisons "not assessed" notices.
 */
export function detectGcpDrift(
  declared: DeclaredInfrastructure,
  datasets: ScopeDatasets<GcpDatasets>,
  projectId: string,
): ScopeDriftResult {
  return detectScopeDrift(declared, datasets, projectId, GCP_DRIFT);
}
