import { at, blocks, readText } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-dns-rsasha1',
    title: 'DNSSEC key of a Cloud DNS zone uses RSASHA1',
    severity: 'medium',
    description:
      'RSASHA1 signs with SHA-1, whose collision resistance is broken. DNSSEC signatures made with it give weaker assurance, and validators are starting to treat them as insecure.',
    remediation:
      'Use `algorithm = "rsasha256"`, `"rsasha512"` or `"ecdsap256sha256"` in the zone\'s `default_key_specs` for both the key-signing and the zone-signing key.',
    links: [
      'https://cloud.google.com/dns/docs/dnssec-advanced#advanced-signing-options',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#default_key_specs',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'cis-gcp-3.0': ['3.4', '3.5'],
      'nist-800-53-r5': ['SC-13'],
      'soc2-2017': ['CC6.7'],
    },
    aliases: ['CKV_GCP_17', 'AVD-GCP-0012', 'google-dns-no-rsa-sha1'],
  },
  check(model) {
    return model.ofType('google_dns_managed_zone').flatMap((zone) =>
      blocks(at(zone.body, 'dnssec_config.default_key_specs'))
        .map((spec) => ({ algorithm: at(spec, 'algorithm'), keyType: readText(at(spec, 'key_type')) }))
        .filter(({ algorithm }) => readText(algorithm)?.toLowerCase() === 'rsasha1')
        .map(({ algorithm, keyType }) =>
          flag(
            zone,
            algorithm,
            `zone ${zone.address} signs its ${keyType && keyType !== 'unknown' ? keyType : 'DNSSEC'} key with RSASHA1`,
          ),
        ),
    );
  },
};

export default rule;
