import type { IacModel } from '../model/iac-model';
import { coversInternet } from './address-prefixes';
import { internetAllowClaims } from './nsg-access';
import type { SecurityRule, WrittenPrefix } from './nsg-rule';
import { networkSecurityGroups, type NetworkSecurityGroup } from './nsg-view';
import { contains, describePorts, type PortSet } from './port-set';

/**
 * An Allow rule that actually lets the whole Internet in, with the ports it opens
 * after every earlier rule took its share: a port an earlier Deny covers is not
 * in it, and a rule that an earlier Deny covers completely does not appear.
 */
export interface InternetExposure {
  group: NetworkSecurityGroup;
  rule: SecurityRule;
  /** The written prefix that lets the Internet in. */
  source: WrittenPrefix;
  tcp: PortSet;
  udp: PortSet;
}

export function internetExposures(model: IacModel): InternetExposure[] {
  return model.view('azure:nsg-exposure', () =>
    networkSecurityGroups(model).flatMap((group) => {
      const byRule = new Map<SecurityRule, InternetExposure>();
      for (const protocol of ['tcp', 'udp'] as const) {
        for (const claim of internetAllowClaims(group.rules, protocol)) {
          const source = claim.rule.sources.find((prefix) => coversInternet(prefix.value));
          if (!source) continue;
          const exposure = byRule.get(claim.rule) ?? { group, rule: claim.rule, source, tcp: [], udp: [] };
          exposure[protocol] = claim.ports;
          byRule.set(claim.rule, exposure);
        }
      }
      return [...byRule.values()];
    }),
  );
}

export function exposesPort(
  exposure: InternetExposure,
  port: number,
  protocols: readonly ('tcp' | 'udp')[] = ['tcp'],
): boolean {
  return protocols.some((protocol) => contains(exposure[protocol], port));
}

/** `NSG "web-nsg" rule "AllowSSH" (priority 100)` */
export function describeRule(exposure: InternetExposure): string {
  const { rule, group } = exposure;
  const priority = rule.priority === 'unknown' ? '' : ` (priority ${rule.priority})`;
  return `NSG "${group.name}" rule "${rule.name || '?'}"${priority}`;
}

/** `source_address_prefix is "*"` */
export function describeSource(exposure: InternetExposure): string {
  return `${exposure.source.field} is "${exposure.source.value}"`;
}

export function describeProtocolPorts(ports: { tcp: PortSet; udp: PortSet }): string {
  const parts: string[] = [];
  if (ports.tcp.length) parts.push(`TCP ${describePorts(ports.tcp)}`);
  if (ports.udp.length) parts.push(`UDP ${describePorts(ports.udp)}`);
  return parts.join(' and ');
}
