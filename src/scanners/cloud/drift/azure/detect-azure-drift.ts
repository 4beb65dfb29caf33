import type { AzureDatasetKey, AzureDatasets } from '../../collectors/azure/datasets';
import type { DeclaredInfrastructure } from '../declared/declared-infrastructure';
import { AZURE_DRIFT_RULES } from '../rules/index';
import type { ScopeDatasets } from '../scope-drift-context';
import {
  detectScopeDrift,
  scopeDriftNeeds,
  type ScopeDriftCloud,
  type ScopeDriftResult,
} from '../scope-drift';
import { AZURE_DRIFT_KINDS } from './azure-kinds';

export const AZURE_DRIFT: ScopeDriftCloud<AzureDatasets> = {
  provider: 'azure',
  rules: AZURE_DRIFT_RULES,
  kinds: AZURE_DRIFT_KINDS,
};

/** The subscription datasets drift reads for this Terraform project (only those of the kinds it declares). */
export function azureDriftNeeds(declared: DeclaredInfrastructure): AzureDatasetKey[] {
  return scopeDriftNeeds(declared, AZURE_DRIFT);
}

/**
 * Compares a Terraform project (read with `platform: 'azure'`) with one subscription's collected datasets:
 * settings that drifted, storage accounts, security groups and key vaults of the project's resource groups
 * that nothing declares, declared resources that are gone. A dataset that failed makes "not assessed" notices.
 */
export function detectAzureDrift(
  declared: DeclaredInfrastructure,
  datasets: ScopeDatasets<AzureDatasets>,
  subscriptionId: string,
): ScopeDriftResult {
  return detectScopeDrift(declared, datasets, subscriptionId, AZURE_DRIFT);
}
