import type { AccountKey, RegionKey } from '../../collectors/aws/datasets';
import type { DriftContext } from '../drift-context';

/** The comparison of one kind of Terraform resource with its live counterpart. */
export interface DriftKind {
  /** The Terraform types it compares; its datasets are collected only when the project declares one. */
  types: readonly string[];
  accountKeys: readonly AccountKey[];
  regionKeys: readonly RegionKey[];
  compare(context: DriftContext): void;
}
