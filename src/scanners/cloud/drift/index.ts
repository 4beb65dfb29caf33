export { readDeclaredInfrastructure, type ReadDeclaredOptions } from './declared/read-declared';
export type { DeclaredInfrastructure, DeclaredResource } from './declared/declared-infrastructure';
export { detectAwsDrift, driftNeeds, type DriftNeeds, type DriftResult } from './detect-aws-drift';
export { DRIFT_RULES } from './rules/index';
