/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2). Trivy leaves out empty values, so every
 * field except the few it documents as always present is optional, and old reports (before v0.68)
 * lack ReportID, ArtifactID, Trivy and Fingerprint.
 */
export interface TrivyReport {
  SchemaVersion: number;
  Trivy?: { Version?: string; Server?: { Version?: string } };
  ReportID?: string;
  CreatedAt?: string;
  ArtifactID?: string;
  ArtifactName?: string;
  ArtifactType?: string;
  Metadata?: TrivyMetadata;
  Results?: TrivyResult[];
}

export interface TrivyMetadata {
  Size?: number;
  OS?: { Family?: string; Name?: string; EOSL?: boolean };
  ImageID?: string;
  DiffIDs?: string[];
  RepoTags?: string[];
  RepoDigests?: string[];
  Reference?: string;
  ImageConfig?: TrivyImageConfig;
  Layers?: TrivyLayer[];
}

export interface TrivyImageConfig {
  history?: { created?: string; created_by?: string; empty_layer?: boolean; comment?: string }[];
  rootfs?: { type?: string; diff_ids?: string[] };
}

export interface TrivyLayer {
  Size?: number;
  Digest?: string;
  DiffID?: string;
}

export type TrivyResultClass =
  'os-pkgs' | 'lang-pkgs' | 'config' | 'secret' | 'license' | 'license-file' | 'custom' | 'unknown';

export interface TrivyResult {
  Target: string;
  Class?: TrivyResultClass | string;
  Type?: string;
  Packages?: TrivyPackage[];
  Vulnerabilities?: TrivyVulnerability[];
  MisconfSummary?: { Successes?: number; Failures?: number };
  Misconfigurations?: TrivyMisconfiguration[];
  Secrets?: TrivySecret[];
  Licenses?: TrivyLicense[];
}

export interface TrivyPackageIdentifier {
  PURL?: string;
  UID?: string;
  BOMRef?: string;
}

export interface TrivyPackage {
  ID?: string;
  Name?: string;
  Identifier?: TrivyPackageIdentifier;
  Version?: string;
  FilePath?: string;
  Layer?: TrivyLayer;
  Locations?: { StartLine?: number; EndLine?: number }[];
}

export type TrivySeverity = 'UNKNOWN' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface TrivyCvss {
  V2Vector?: string;
  V3Vector?: string;
  V40Vector?: string;
  V2Score?: number;
  V3Score?: number;
  V40Score?: number;
}

export interface TrivyVulnerability {
  VulnerabilityID: string;
  VendorIDs?: string[];
  PkgID?: string;
  PkgName: string;
  PkgPath?: string;
  PkgIdentifier?: TrivyPackageIdentifier;
  InstalledVersion: string;
  /** Several versions are separated by commas: "6.0.3.1, 5.2.4.3". */
  FixedVersion?: string;
  Status?: string;
  Layer?: TrivyLayer;
  SeveritySource?: string;
  PrimaryURL?: string;
  DataSource?: { ID?: string; Name?: string; URL?: string };
  Fingerprint?: string;
  Title?: string;
  Description?: string;
  Severity: TrivySeverity | string;
  CweIDs?: string[];
  VendorSeverity?: Record<string, number>;
  CVSS?: Record<string, TrivyCvss>;
  References?: string[];
  PublishedDate?: string;
  LastModifiedDate?: string;
}

export interface TrivyCodeLine {
  Number?: number;
  Content?: string;
  IsCause?: boolean;
}

export interface TrivyMisconfiguration {
  Type?: string;
  /** `DS-0002` from v0.69 on; `DS002` (with AVDID `AVD-DS-0002`) before. */
  ID: string;
  AVDID?: string;
  Title?: string;
  Description?: string;
  Message?: string;
  Resolution?: string;
  Severity: TrivySeverity | string;
  PrimaryURL?: string;
  References?: string[];
  Status?: 'FAIL' | 'PASS' | 'EXCEPTION' | string;
  CauseMetadata?: {
    Resource?: string;
    Provider?: string;
    Service?: string;
    StartLine?: number;
    EndLine?: number;
    Code?: { Lines?: TrivyCodeLine[] };
  };
}

export interface TrivySecret {
  RuleID: string;
  Category?: string;
  Severity: TrivySeverity | string;
  Title?: string;
  StartLine?: number;
  EndLine?: number;
  /** Already masked by Trivy. */
  Match?: string;
  Layer?: TrivyLayer;
}

export interface TrivyLicense {
  Severity: TrivySeverity | string;
  Category?: string;
  PkgName?: string;
  FilePath?: string;
  Name: string;
  Confidence?: number;
  Link?: string;
}
