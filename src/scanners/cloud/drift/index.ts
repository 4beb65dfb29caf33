export {
  readDeclaredInfrastructure,
  type DriftPlatform,
  type ReadDeclaredOptions,
} from './declared/read-declared';
export type { DeclaredInfrastructure, DeclaredResource } from './declared/declared-infrastructure';
export { detectAwsDrift, driftNeeds, type DriftNeeds, type DriftResult } from './detect-aws-drift';
export { detectAzureDrift, azureDriftNeeds, AZURE_DRIFT } from './azure/detect-azure-drift';
export { detectGcpDrift, gcpDriftNeeds, GCP_DRIFT } from './gcp/detect-gcp-drift';
export { scopeDriftHooks, type ScopeDriftResult } from './scope-drift';
export { DRIFT_RULES } from './rules/index';
