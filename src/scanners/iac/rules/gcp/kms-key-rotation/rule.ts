import { at, readText } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const NINETY_DAYS = 90 * 24 * 60 * 60;
/** Automatic rotation applies to symmetric encryption keys; asymmetric and MAC keys are rotated by hand. */
const ROTATABLE = new Set(['ENCRYPT_DECRYPT']);

const rule: IacRule = {
  meta: {
    id: 'gcp-kms-key-rotation',
    title: 'Cloud KMS key is not rotated at least every 90 days',
    severity: 'medium',
    description:
      'A symmetric key that never rotates protects ever more data with the same key material, so one exposure (a leaked export, a cryptanalytic weakness, an insider) reveals all of it. Automatic rotation limits how much data any one key version protects.',
    remediation: 'Set `rotation_period = "7776000s"` (90 days) or less on the `google_kms_crypto_key`.',
    links: [
      'https://cloud.google.com/kms/docs/key-rotation',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'cis-gcp-3.0': ['1.10'],
      'nist-800-53-r5': ['SC-12'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.7.4'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_GCP_43', 'AVD-GCP-0065', 'google-kms-rotate-kms-keys'],
  },
  check(model) {
    return model.ofType('google_kms_crypto_key').flatMap((key) => {
      const purpose = readText(at(key.body, 'purpose')) ?? 'ENCRYPT_DECRYPT';
      if (purpose === 'unknown' || !ROTATABLE.has(purpose)) return [];
      const node = at(key.body, 'rotation_period');
      const period = readText(node);
      if (period === 'unknown') return [];
      if (period === undefined)
        return [flag(key, undefined, `key ${key.address} has no rotation_period, so it is never rotated`)];
      const seconds = /^(\d+(?:\.\d+)?)s$/.exec(period.trim());
      if (!seconds || Number(seconds[1]) <= NINETY_DAYS) return [];
      return [
        flag(
          key,
          node,
          `key ${key.address} rotates every ${Math.round(Number(seconds[1]) / 86400)} days, more than 90`,
        ),
      ];
    });
  },
};

export default rule;
