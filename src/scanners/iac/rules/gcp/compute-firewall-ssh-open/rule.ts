import { internetExposure } from '../../../gcp/firewall-exposure';
import type { IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-firewall-ssh-open',
    title: 'Firewall rule allows SSH from the internet',
    severity: 'critical',
    description:
      'An ingress rule admitting tcp/22 from 0.0.0.0/0 exposes every targeted VM to constant password and key guessing and to any SSH vulnerability. Administrative access does not need to be reachable from everywhere.',
    remediation:
      'Restrict `source_ranges` to known administrative networks, or use Identity-Aware Proxy TCP forwarding and allow only `35.235.240.0/20`; OS Login adds IAM-controlled, audited SSH access on top.',
    links: [
      'https://cloud.google.com/vpc/docs/firewalls',
      'https://cloud.google.com/iap/docs/using-tcp-forwarding#create-firewall-rule',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['3.6'],
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_GCP_2', 'AVD-GCP-0071', 'google-compute-restrict-ssh-access'],
  },
  check: (model) => internetExposure(model, 22, 'SSH'),
};

export default rule;
