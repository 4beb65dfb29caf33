import type { cloudresourcemanager_v1 } from '@googleapis/cloudresourcemanager/build/v1';
import type { compute_v1 } from '@googleapis/compute/build/v1';
import type { container_v1 } from '@googleapis/container/build/v1';
import type { logging_v2 } from '@googleapis/logging/build/v2';
import type { sqladmin_v1 } from '@googleapis/sqladmin/build/v1';
import type { storage_v1 } from '@googleapis/storage/build/v1';
import type { DatasetCollectors } from '../../engine/collect-datasets';
import { collectBigQueryDatasets, type DatasetWithAccess } from './bigquery-datasets';
import { collectComputeProject, collectInstances } from './compute-instances';
import { collectFirewalls } from './firewalls';
import type { GcpSession } from './gcp-session';
import { collectClusters } from './gke-clusters';
import { collectProjectIamPolicy } from './iam-policy';
import { collectKmsKeys, type KmsInventory } from './kms-keys';
import { collectLogSinks } from './logging-sinks';
import { collectNetworks, collectSubnetworks } from './networks';
import { collectServiceAccountKeys, type ServiceAccountKeys } from './service-accounts';
import { collectSqlInstances } from './sql-instances';
import { collectBucketPolicies, collectBuckets, type BucketWithPolicy } from './storage-buckets';
import { collectWorkloadIdentityPools, type WorkloadIdentityPool } from './workload-identity';

/** Everything the GCP checks can read about one project, each read once. */
export interface GcpDatasets {
  projectIamPolicy: cloudresourcemanager_v1.Schema$Policy;
  serviceAccountKeys: ServiceAccountKeys[];
  workloadIdentityPools: WorkloadIdentityPool[];
  logSinks: logging_v2.Schema$LogSink[];
  firewalls: compute_v1.Schema$Firewall[];
  networks: compute_v1.Schema$Network[];
  subnetworks: compute_v1.Schema$Subnetwork[];
  instances: compute_v1.Schema$Instance[];
  computeProject: compute_v1.Schema$Project;
  buckets: storage_v1.Schema$Bucket[];
  bucketPolicies: BucketWithPolicy[];
  sqlInstances: sqladmin_v1.Schema$DatabaseInstance[];
  kmsKeys: KmsInventory;
  clusters: container_v1.Schema$Cluster[];
  bigQueryDatasets: DatasetWithAccess[];
}

export type GcpDatasetKey = keyof GcpDatasets;

export const GCP_COLLECTORS: DatasetCollectors<GcpDatasets, GcpSession> = {
  projectIamPolicy: collectProjectIamPolicy,
  serviceAccountKeys: collectServiceAccountKeys,
  workloadIdentityPools: collectWorkloadIdentityPools,
  logSinks: collectLogSinks,
  firewalls: collectFirewalls,
  networks: collectNetworks,
  subnetworks: collectSubnetworks,
  instances: collectInstances,
  computeProject: collectComputeProject,
  buckets: collectBuckets,
  bucketPolicies: collectBucketPolicies,
  sqlInstances: collectSqlInstances,
  kmsKeys: collectKmsKeys,
  clusters: collectClusters,
  bigQueryDatasets: collectBigQueryDatasets,
};
