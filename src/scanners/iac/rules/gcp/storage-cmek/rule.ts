import { at, readText } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-storage-cmek',
    title: 'Cloud Storage bucket is not encrypted with a customer-managed key',
    severity: 'low',
    description:
      'Cloud Storage always encrypts data, but with Google-managed keys the organization cannot rotate, disable or destroy the key on its own schedule, nor separate who may use the data from who may manage its key. A customer-managed key in Cloud KMS gives that control and an audit trail of key use.',
    remediation:
      'Add `encryption { default_kms_key_name = google_kms_crypto_key.<key>.id }` and grant the Cloud Storage service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key.',
    links: [
      'https://cloud.google.com/storage/docs/encryption/customer-managed-keys',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#encryption',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-12', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1', '3.6.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['AVD-GCP-0066', 'google-storage-bucket-encryption-customer-key'],
  },
  check(model) {
    return model.ofType('google_storage_bucket').flatMap((bucket) => {
      const encryption = at(bucket.body, 'encryption');
      const key = at(encryption, 'default_kms_key_name');
      const value = readText(key);
      if (
        value === 'unknown' ||
        encryption?.kind === 'unknown' ||
        (value !== undefined && value.trim() !== '')
      )
        return [];
      return [
        flag(
          bucket,
          key ?? encryption,
          `bucket ${bucket.address} is encrypted with Google-managed keys only; no default_kms_key_name is set`,
        ),
      ];
    });
  },
};

export default rule;
