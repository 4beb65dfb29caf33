import { at, readBool } from '../../../gcp/gcp-settings';
import { logDestinationBuckets } from '../../../gcp/logging-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-storage-log-bucket-retention',
    title: 'Bucket receiving exported logs has no locked retention policy',
    severity: 'medium',
    description:
      'Logs exported to Cloud Storage are only evidence if nobody can delete or rewrite them before their time. A retention policy keeps every object for a minimum period, and locking it (Bucket Lock) stops anyone, project owners included, from shortening or removing it.',
    remediation:
      'Add `retention_policy { retention_period = <seconds>, is_locked = true }` to the bucket the sink writes to. Locking is irreversible: choose the period first.',
    links: [
      'https://cloud.google.com/storage/docs/bucket-lock',
      'https://cloud.google.com/logging/docs/export/configure_export_v2',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#retention_policy',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['2.3'],
      'nist-800-53-r5': ['AU-9', 'AU-11'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.3.2', '10.5.1'],
      'hipaa-security-rule': ['164.312(c)(1)'],
    },
    aliases: [],
  },
  check(model) {
    return [...logDestinationBuckets(model)].flatMap((bucket) => {
      const policy = at(bucket.body, 'retention_policy');
      const locked = at(policy, 'is_locked');
      const value = readBool(locked);
      if (value === true || value === 'unknown' || policy?.kind === 'unknown') return [];
      const why = policy ? 'has a retention policy that is not locked' : 'has no retention policy';
      return [flag(bucket, locked ?? policy, `bucket ${bucket.address} receives exported logs but ${why}`)];
    });
  },
};

export default rule;
