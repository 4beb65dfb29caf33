import { normalLocation } from '../../../collectors/azure/arm-ids';
import type { AzureAuditRule } from '../azure-audit-rule';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-network-watcher-missing',
    title: 'Network Watcher is not enabled in a region that has virtual networks',
    severity: 'medium',
    description:
      'Without Network Watcher in a region, flow logs, connection troubleshooting and packet capture are unavailable there, so suspicious traffic in its virtual networks can be neither recorded nor investigated.',
    remediation:
      'Enable Network Watcher in every region that holds virtual networks (Azure creates NetworkWatcher_<region> in NetworkWatcherRG when enabled), and do not opt the subscription out of automatic enablement.',
    links: [
      'https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-create',
      'https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-overview',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['7.6'],
      'nist-800-53-r5': ['SI-4', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['network_watcher_enabled'],
  },
  needs: ['virtualNetworks', 'networkWatchers'],
  check(context) {
    const networks = context.get('virtualNetworks');
    const watchers = context.get('networkWatchers');
    if (!networks || !watchers) return [];
    const watched = new Set(
      watchers
        .filter((watcher) => (watcher.provisioningState ?? 'Succeeded') === 'Succeeded')
        .map((watcher) => normalLocation(watcher.location)),
    );
    const used = new Map<string, string[]>();
    for (const network of networks) {
      const region = normalLocation(network.location);
      if (!region || watched.has(region)) continue;
      used.set(region, [...(used.get(region) ?? []), network.name ?? '?']);
    }
    return [...used].map(([region, names]) =>
      context.flag(
        `/subscriptions/${context.scope}/locations/${region}`,
        `Region ${region} has virtual network(s) ${names.join(', ')} but no Network Watcher.`,
        { region },
      ),
    );
  },
};

export default rule;
