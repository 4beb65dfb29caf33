/** The parts of REST resources read from APIs called without a generated client (Cloud KMS, BigQuery). */

export interface IamBindingLike {
  role?: string | null;
  members?: string[] | null;
  condition?: { expression?: string | null; title?: string | null } | null;
}

export interface IamPolicyLike {
  bindings?: IamBindingLike[] | null;
}

export interface KmsCryptoKey {
  name?: string;
  purpose?: string;
  /** A duration such as `7776000s`; absent when the key does not rotate. */
  rotationPeriod?: string;
  nextRotationTime?: string;
  primary?: { state?: string };
}

export interface BigQueryDatasetAccess {
  role?: string;
  specialGroup?: string;
  iamMember?: string;
  userByEmail?: string;
  groupByEmail?: string;
  domain?: string;
}

export interface BigQueryDataset {
  id?: string;
  selfLink?: string;
  location?: string;
  datasetReference?: { projectId?: string; datasetId?: string };
  access?: BigQueryDatasetAccess[];
}
