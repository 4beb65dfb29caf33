import type { SourceRange } from '../../../core/location';
import type { Platform } from '../../../core/rule';
import type { MapNode } from './node';

export type IacFormat =
  | 'kubernetes'
  | 'terraform'
  | 'terraform-plan'
  | 'cloudformation'
  | 'arm'
  | 'dockerfile'
  | 'github-actions'
  | 'iam-policy'
  | 'gcp-iam-role';

/** One declared thing: a Kubernetes object, a Terraform resource, a CloudFormation resource, a Dockerfile stage. */
export interface Resource {
  /** Type as its format names it: `Deployment`, `aws_s3_bucket`, `AWS::S3::Bucket`. */
  type: string;
  /** Human-readable and unique within the scan: `Deployment/default/web`, `aws_s3_bucket.logs`. */
  address: string;
  platform: Platform;
  format: IacFormat;
  /** Relative to the scan root. */
  file: string;
  range: SourceRange;
  body: MapNode;
  /** Format-specific facts rules may read (namespace, module path, logical id). */
  meta: Record<string, string | undefined>;
  /** Other resources this one refers to, by attribute (Terraform); read them through the terraform graph functions. */
  references?: ResourceReference[];
}

export interface ResourceReference {
  /** The top-level attribute or block whose value mentions the other resource, or `depends_on`. */
  attribute: string;
  /** The other resource's address, without an instance key when the reference names them all. */
  address: string;
}
