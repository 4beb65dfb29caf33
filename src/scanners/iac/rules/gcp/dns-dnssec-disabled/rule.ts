import { at, readText } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-dns-dnssec-disabled',
    title: 'Public Cloud DNS zone is not signed with DNSSEC',
    severity: 'medium',
    description:
      'Without DNSSEC, resolvers cannot tell a genuine answer for the zone from a forged one, so cache poisoning and on-path attackers can send users and services to servers they control.',
    remediation:
      'Add `dnssec_config { state = "on" }` to the public managed zone and publish the DS record at the registrar.',
    links: [
      'https://cloud.google.com/dns/docs/dnssec-config',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#dnssec_config',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['3.3'],
      'nist-800-53-r5': ['SC-8', 'SI-10'],
      'soc2-2017': ['CC6.7'],
    },
    aliases: ['CKV_GCP_16', 'AVD-GCP-0013', 'google-dns-enable-dnssec'],
  },
  check(model) {
    return model.ofType('google_dns_managed_zone').flatMap((zone) => {
      const visibility = readText(at(zone.body, 'visibility')) ?? 'public';
      if (visibility !== 'public') return [];
      const config = at(zone.body, 'dnssec_config');
      const node = at(config, 'state');
      const state = readText(node);
      if (state === 'on' || state === 'unknown' || config?.kind === 'unknown') return [];
      const how = state ? `sets DNSSEC to ${state}` : 'does not turn DNSSEC on';
      return [flag(zone, node ?? config, `public zone ${zone.address} ${how}`)];
    });
  },
};

export default rule;
