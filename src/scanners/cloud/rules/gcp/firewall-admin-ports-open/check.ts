import type { compute_v1 } from '@googleapis/compute/build/v1';
import type { GcpAuditRule } from '../gcp-audit-rule';

const ADMIN_PORTS = [22, 3389];
const WORLD = new Set(['0.0.0.0/0', '::/0']);

/** Whether an allowed entry (`tcp` with ports `22`, `20-30`, or none meaning all) covers the port. */
function allows(entry: compute_v1.Schema$Firewall['allowed'], port: number): boolean {
  return (entry ?? []).some((rule) => {
    const protocol = rule.IPProtocol?.toLowerCase();
    if (protocol !== 'tcp' && protocol !== 'all' && protocol !== '6') return false;
    if (!rule.ports || rule.ports.length === 0) return true;
    return rule.ports.some((range) => {
      const [low, high = low] = range.split('-').map(Number);
      return low !== undefined && high !== undefined && port >= low && port <= high;
    });
  });
}

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-firewall-admin-ports-open',
    title: 'Firewall rule allows SSH or RDP from the whole Internet',
    severity: 'critical',
    description:
      'An ingress rule from 0.0.0.0/0 or ::/0 to port 22 or 3389 exposes every matching VM to password guessing and exploits from the whole Internet, the most common way into a cloud network.',
    remediation:
      "Restrict the rule's source ranges to known addresses, or reach VMs through Identity-Aware Proxy TCP forwarding (source 35.235.240.0/20) or a bastion; disable the rule if nothing needs it.",
    links: [
      'https://cloud.google.com/firewall/docs/firewalls',
      'https://cloud.google.com/iap/docs/using-tcp-forwarding',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['3.6', '3.7'],
      'nist-800-53-r5': ['AC-17', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: [
      'compute_firewall_ssh_access_from_the_internet_allowed',
      'compute_firewall_rdp_access_from_the_internet_allowed',
    ],
  },
  needs: ['firewalls'],
  check(context) {
    return (context.get('firewalls') ?? []).flatMap((firewall) => {
      if (firewall.disabled || (firewall.direction ?? 'INGRESS') !== 'INGRESS') return [];
      if (!(firewall.sourceRanges ?? []).some((range) => WORLD.has(range))) return [];
      const open = ADMIN_PORTS.filter((port) => allows(firewall.allowed, port));
      if (open.length === 0) return [];
      return [
        context.flag(
          firewall.selfLink ?? `projects/${context.scope}/global/firewalls/${firewall.name}`,
          `Firewall rule ${firewall.name} allows port ${open.join(' and ')} from ${(firewall.sourceRanges ?? []).filter((range) => WORLD.has(range)).join(', ')} on network ${firewall.network?.split('/').pop() ?? 'unknown'}.`,
        ),
      ];
    });
  },
};

export default rule;
