import type { FirewallRule, Server } from '@azure/arm-sql';
import type { Violation } from '../../../../../core/engine';
import type { AzureContext } from '../azure-audit-rule';
import { inRegion } from './resource-location';

/**
 * Flags the firewall rules of each server that `matches` picks. Servers with public network access disabled
 * are skipped: their firewall rules are not applied.
 */
export function flagFirewallRules(
  context: AzureContext,
  matches: (rule: FirewallRule) => boolean,
  message: (server: Server, rule: FirewallRule) => string,
): Violation[] {
  const servers = context.get('sqlServers') ?? [];
  const rules = context.get('sqlFirewallRules');
  if (!rules) return [];
  return servers
    .filter((server) => server.publicNetworkAccess !== 'Disabled')
    .flatMap((server) =>
      (context.use(rules.get(server.id ?? '')) ?? [])
        .filter(matches)
        .map((rule) =>
          context.flag(
            rule.id ?? `${server.id}/firewallRules/${rule.name}`,
            message(server, rule),
            inRegion(server),
          ),
        ),
    );
}
