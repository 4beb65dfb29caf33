import { coversEverything, deniedEarlier, firewallRules, internetSource } from '../../../gcp/firewall-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-firewall-all-ports-open',
    title: 'Firewall rule allows every port from the internet',
    severity: 'high',
    description:
      'An ingress rule for protocol `all`, or for TCP or UDP without a port list, from 0.0.0.0/0 exposes every service of the targeted VMs: databases, admin consoles, debug ports and whatever starts listening later.',
    remediation:
      'Allow only the ports the service needs (for example `ports = ["443"]`) and restrict `source_ranges`, or put the service behind a load balancer and allow only its ranges.',
    links: [
      'https://cloud.google.com/vpc/docs/firewalls#firewall_rule_components',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall#allow',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'SC-7(5)', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['AVD-GCP-0027', 'google-compute-no-public-ingress'],
  },
  check(model) {
    return firewallRules(model).flatMap((rule) => {
      const source = internetSource(rule);
      if (!source) return [];
      const permission = rule.allow.find((allow) => coversEverything(allow) === true);
      if (!permission || deniedEarlier(model, rule, (deny) => coversEverything(deny) === true)) return [];
      const what =
        permission.protocol === 'all'
          ? 'all protocols and ports'
          : `every ${String(permission.protocol)} port`;
      return [
        flag(
          rule.resource,
          source.node,
          `firewall rule ${rule.resource.address} allows ${what} from the internet`,
        ),
      ];
    });
  },
};

export default rule;
