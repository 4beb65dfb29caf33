/** What an IAM policy is attached to. */
export type IamScope =
  | 'project'
  | 'folder'
  | 'organization'
  | 'bucket'
  | 'service-account'
  | 'kms-key'
  | 'kms-keyring'
  | 'bigquery-dataset'
  | 'bigquery-table'
  | 'cloud-run'
  | 'cloud-function'
  | 'pubsub-topic'
  | 'pubsub-subscription'
  | 'secret'
  | 'artifact-repository'
  | 'other';

export type IamMechanism = 'member' | 'binding' | 'policy';

export interface IamResourceFamily {
  /** `google_project_iam` for `google_project_iam_member`, `_binding` and `_policy`. */
  base: string;
  scope: IamScope;
  /** The argument naming the resource the policy is attached to. */
  target: string;
  /** Resource types that argument may refer to. */
  targetTypes: string[];
}

/**
 * The google provider's IAM resource families: each comes as `_member` (adds one
 * member), `_binding` (owns one role's member list) and `_policy` (owns the whole
 * policy, from a `google_iam_policy` data source).
 */
export const IAM_FAMILIES: IamResourceFamily[] = [
  { base: 'google_project_iam', scope: 'project', target: 'project', targetTypes: ['google_project'] },
  { base: 'google_folder_iam', scope: 'folder', target: 'folder', targetTypes: ['google_folder'] },
  { base: 'google_organization_iam', scope: 'organization', target: 'org_id', targetTypes: [] },
  {
    base: 'google_storage_bucket_iam',
    scope: 'bucket',
    target: 'bucket',
    targetTypes: ['google_storage_bucket'],
  },
  {
    base: 'google_service_account_iam',
    scope: 'service-account',
    target: 'service_account_id',
    targetTypes: ['google_service_account'],
  },
  {
    base: 'google_kms_crypto_key_iam',
    scope: 'kms-key',
    target: 'crypto_key_id',
    targetTypes: ['google_kms_crypto_key'],
  },
  {
    base: 'google_kms_key_ring_iam',
    scope: 'kms-keyring',
    target: 'key_ring_id',
    targetTypes: ['google_kms_key_ring'],
  },
  {
    base: 'google_bigquery_dataset_iam',
    scope: 'bigquery-dataset',
    target: 'dataset_id',
    targetTypes: ['google_bigquery_dataset'],
  },
  {
    base: 'google_bigquery_table_iam',
    scope: 'bigquery-table',
    target: 'table_id',
    targetTypes: ['google_bigquery_table'],
  },
  {
    base: 'google_cloud_run_service_iam',
    scope: 'cloud-run',
    target: 'service',
    targetTypes: ['google_cloud_run_service'],
  },
  {
    base: 'google_cloud_run_v2_service_iam',
    scope: 'cloud-run',
    target: 'name',
    targetTypes: ['google_cloud_run_v2_service'],
  },
  {
    base: 'google_cloudfunctions_function_iam',
    scope: 'cloud-function',
    target: 'cloud_function',
    targetTypes: ['google_cloudfunctions_function'],
  },
  {
    base: 'google_cloudfunctions2_function_iam',
    scope: 'cloud-function',
    target: 'cloud_function',
    targetTypes: ['google_cloudfunctions2_function'],
  },
  {
    base: 'google_pubsub_topic_iam',
    scope: 'pubsub-topic',
    target: 'topic',
    targetTypes: ['google_pubsub_topic'],
  },
  {
    base: 'google_pubsub_subscription_iam',
    scope: 'pubsub-subscription',
    target: 'subscription',
    targetTypes: ['google_pubsub_subscription'],
  },
  {
    base: 'google_secret_manager_secret_iam',
    scope: 'secret',
    target: 'secret_id',
    targetTypes: ['google_secret_manager_secret'],
  },
  {
    base: 'google_artifact_registry_repository_iam',
    scope: 'artifact-repository',
    target: 'repository',
    targetTypes: ['google_artifact_registry_repository'],
  },
];

const MECHANISMS: IamMechanism[] = ['member', 'binding', 'policy'];

/** Every IAM resource type with its family and mechanism. */
export const IAM_RESOURCE_TYPES: { type: string; family: IamResourceFamily; mechanism: IamMechanism }[] =
  IAM_FAMILIES.flatMap((family) =>
    MECHANISMS.map((mechanism) => ({ type: `${family.base}_${mechanism}`, family, mechanism })),
  );

/** Scopes whose grants reach every resource below them in the hierarchy. */
export const HIERARCHY_SCOPES: readonly IamScope[] = ['project', 'folder', 'organization'];
