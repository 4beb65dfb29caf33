/**
 * The part of SARIF 2.1.0 (OASIS, https://docs.oasis-open.org/sarif/sarif/v2.1.0/) that cloudgate writes
 * and that GitHub code scanning reads.
 */

export type SarifResultLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export type SarifPropertyValue =
  string | number | boolean | string[] | { readonly [key: string]: string | number | boolean };

export interface SarifPropertyBag {
  tags?: string[];
  [key: string]: SarifPropertyValue | undefined;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SarifArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  description?: SarifMessage;
}

export interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region?: SarifRegion;
}

export interface SarifLogicalLocation {
  name?: string;
  fullyQualifiedName?: string;
  kind?: string;
}

export interface SarifLocation {
  physicalLocation?: SarifPhysicalLocation;
  logicalLocations?: SarifLogicalLocation[];
  message?: SarifMessage;
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level: SarifResultLevel };
  properties?: SarifPropertyBag;
}

export interface SarifSuppression {
  kind: 'inSource' | 'external';
  status?: 'accepted' | 'underReview' | 'rejected';
  justification?: string;
  properties?: SarifPropertyBag;
}

export interface SarifReplacement {
  deletedRegion: SarifRegion;
  insertedContent?: { text: string };
}

export interface SarifArtifactChange {
  artifactLocation: SarifArtifactLocation;
  replacements: SarifReplacement[];
}

export interface SarifFix {
  description?: SarifMessage;
  artifactChanges: SarifArtifactChange[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level?: SarifResultLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  suppressions?: SarifSuppression[];
  fixes?: SarifFix[];
  properties?: SarifPropertyBag;
}

export interface SarifNotification {
  level: SarifResultLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  properties?: SarifPropertyBag;
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications?: SarifNotification[];
}

export interface SarifToolComponent {
  name: string;
  version?: string;
  semanticVersion?: string;
  informationUri?: string;
  rules?: SarifReportingDescriptor[];
}

export interface SarifRun {
  tool: { driver: SarifToolComponent };
  automationDetails?: { id: string };
  originalUriBaseIds?: Record<string, SarifArtifactLocation>;
  columnKind?: 'utf16CodeUnits' | 'unicodeCodePoints';
  invocations?: SarifInvocation[];
  results: SarifResult[];
  properties?: SarifPropertyBag;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
