import type { Violation } from '../../../core/engine';
import type { IacModel } from '../model/iac-model';
import { flag } from '../model/violation';
import { coversPort, deniedEarlier, firewallRules, internetSource } from './firewall-view';

/**
 * Findings for enabled ingress rules that admit the internet to a TCP port: on the
 * `0.0.0.0/0` entry, or on the rule itself when it names no source (GCP then uses 0.0.0.0/0).
 * An earlier deny rule for the same port and targets, unknown ports or unknown
 * sources keep it silent.
 */
export function internetExposure(model: IacModel, port: number, service: string): Violation[] {
  return firewallRules(model).flatMap((rule) => {
    const source = internetSource(rule);
    if (!source) return [];
    const permission = rule.allow.find((allow) => coversPort(allow, 'tcp', port) === true);
    if (!permission || deniedEarlier(model, rule, (deny) => coversPort(deny, 'tcp', port) === true))
      return [];
    const from = source.node ? 'from 0.0.0.0/0' : 'from any address (no source is set)';
    return [
      flag(
        rule.resource,
        source.node,
        `firewall rule ${rule.resource.address} allows ${service} (tcp/${port}) ${from}`,
      ),
    ];
  });
}
