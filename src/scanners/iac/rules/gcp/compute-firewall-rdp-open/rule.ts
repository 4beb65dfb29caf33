import { internetExposure } from '../../../gcp/firewall-exposure';
import type { IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-firewall-rdp-open',
    title: 'Firewall rule allows RDP from the internet',
    severity: 'critical',
    description:
      'An ingress rule admitting tcp/3389 from 0.0.0.0/0 exposes Windows VMs to credential stuffing and to remote desktop vulnerabilities, a frequent entry point for ransomware. Remote desktop does not need to be reachable from everywhere.',
    remediation:
      'Restrict `source_ranges` to known administrative networks, or use Identity-Aware Proxy TCP forwarding and allow only `35.235.240.0/20`.',
    links: [
      'https://cloud.google.com/vpc/docs/firewalls',
      'https://cloud.google.com/iap/docs/using-tcp-forwarding#create-firewall-rule',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['3.7'],
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_GCP_3', 'AVD-GCP-0070', 'google-compute-no-open-rdp-access'],
  },
  check: (model) => internetExposure(model, 3389, 'RDP'),
};

export default rule;
