import type { IacRule } from '../../../model/violation';
import { publicGrants } from '../public-grants';

const rule: IacRule = {
  meta: {
    id: 'gcp-kms-key-public',
    title: 'Cloud KMS key or key ring is usable by allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      'Encryption with Cloud KMS protects data only as long as access to the key is restricted. A role on a key or key ring for `allUsers` or `allAuthenticatedUsers` lets anyone decrypt (or encrypt, sign, manage) with it, which voids the protection of everything that key encrypts.',
    remediation:
      'Remove the public member and grant `roles/cloudkms.cryptoKeyEncrypterDecrypter` only to the service agents and workloads that use the key.',
    links: [
      'https://cloud.google.com/kms/docs/iam',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_kms_crypto_key_iam',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'cis-gcp-3.0': ['1.9'],
      'nist-800-53-r5': ['SC-12', 'AC-3'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.6.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_GCP_112'],
  },
  check: (model) => publicGrants(model, ['kms-key', 'kms-keyring']),
};

export default rule;
