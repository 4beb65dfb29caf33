import type { NetworkSecurityGroup, SecurityRule } from '@azure/arm-network';
import { coversInternet } from '../../../../iac/azure/address-prefixes';
import {
  effectiveInboundAccess,
  internetAllowClaims,
  type EvaluatedRule,
} from '../../../../iac/azure/nsg-access';
import { contains, describePorts, parsePortRange, union, type PortSet } from '../../../../iac/azure/port-set';

/** A security rule read from ARM, in the shape the priority-aware NSG evaluation shared with IaC reads. */
export interface LiveRule extends EvaluatedRule {
  id: string;
  name: string;
  priority: number;
  source: string;
}

/** An Allow rule that decides ports for traffic from the whole Internet, with the ports it opens. */
export interface LiveExposure {
  group: NetworkSecurityGroup;
  rule: LiveRule;
  tcp: PortSet;
  udp: PortSet;
}

function lower<T extends string>(value: string | undefined, allowed: readonly T[]): T | 'unknown' {
  const wanted = value?.toLowerCase();
  return allowed.find((candidate) => candidate === wanted) ?? 'unknown';
}

function readPorts(rule: SecurityRule): { ports: PortSet; unknown: boolean } {
  const written = [rule.destinationPortRange, ...(rule.destinationPortRanges ?? [])].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  const sets = written.map((value) => parsePortRange(value));
  return {
    ports: union(...sets.filter((set): set is PortSet => set !== undefined)),
    unknown: written.length === 0 || sets.some((set) => set === undefined),
  };
}

/** The group's own rules (Azure's default rules are left to the evaluation's built-in verdict). */
export function liveRules(group: NetworkSecurityGroup): LiveRule[] {
  return (group.securityRules ?? []).flatMap((rule): LiveRule[] => {
    if (typeof rule.priority !== 'number') return [];
    const sources = [rule.sourceAddressPrefix, ...(rule.sourceAddressPrefixes ?? [])]
      .filter((value): value is string => typeof value === 'string' && value !== '')
      .map((value) => ({ value }));
    const { ports, unknown } = readPorts(rule);
    const name = rule.name ?? '';
    return [
      {
        id: rule.id ?? `${group.id}/securityRules/${name}`,
        name,
        priority: rule.priority,
        direction: lower(rule.direction, ['inbound', 'outbound'] as const),
        access: lower(rule.access, ['allow', 'deny'] as const),
        protocol: lower(rule.protocol, ['tcp', 'udp', 'icmp', 'esp', 'ah', '*'] as const),
        sources,
        sourcesUnknown: false,
        ports,
        portsUnknown: unknown,
        source: sources.find((prefix) => coversInternet(prefix.value))?.value ?? sources[0]?.value ?? '',
      },
    ];
  });
}

/** The Allow rules of each group that let the whole Internet in, after earlier rules took their ports. */
export function internetExposures(groups: readonly NetworkSecurityGroup[]): LiveExposure[] {
  return groups.flatMap((group) => {
    const rules = liveRules(group);
    const byRule = new Map<LiveRule, LiveExposure>();
    for (const protocol of ['tcp', 'udp'] as const) {
      for (const claim of internetAllowClaims(rules, protocol)) {
        if (!claim.rule.sources.some((prefix) => coversInternet(prefix.value))) continue;
        const exposure = byRule.get(claim.rule) ?? { group, rule: claim.rule, tcp: [], udp: [] };
        exposure[protocol] = claim.ports;
        byRule.set(claim.rule, exposure);
      }
    }
    return [...byRule.values()];
  });
}

/** Whether the group lets Internet traffic reach `port`, and the rule that decides it. */
export function internetAccess(
  group: NetworkSecurityGroup,
  port: number,
  protocol: 'tcp' | 'udp' = 'tcp',
): { access: 'Allow' | 'Deny' | 'unknown'; rule?: LiveRule } {
  return effectiveInboundAccess(liveRules(group), port, 'Internet', protocol);
}

export function exposesAny(
  exposure: LiveExposure,
  ports: readonly number[],
  protocols: readonly ('tcp' | 'udp')[],
) {
  return ports.filter((port) => protocols.some((protocol) => contains(exposure[protocol], port)));
}

/** `NSG "web-nsg" rule "AllowSSH" (priority 100, source "*")` */
export function describeExposure(exposure: LiveExposure): string {
  const { group, rule } = exposure;
  return `NSG ${group.name} rule ${rule.name} (priority ${rule.priority}, source "${rule.source}")`;
}

export { describePorts };
