import type { Violation } from '../../../../../core/engine';
import {
  coversAllPorts,
  coversPort,
  describeRule,
  securityGroupRules,
} from '../../../aws/security-group-view';
import type { IacModel } from '../../../model/iac-model';
import { flag } from '../../../model/violation';

export interface NamedPort {
  port: number;
  name: string;
}

/**
 * Ingress rules open to the internet (0.0.0.0/0 or ::/0) on given ports. Rules
 * open on every port are left to the all-ports rule, so one line gets one finding.
 */
export function openPortViolations(model: IacModel, ports: readonly NamedPort[]): Violation[] {
  const violations: Violation[] = [];
  for (const rule of securityGroupRules(model)) {
    if (rule.direction !== 'ingress' || rule.openCidrs.length === 0 || coversAllPorts(rule)) continue;
    const covered = ports.filter((port) => coversPort(rule, port.port) === true);
    if (covered.length === 0) continue;
    const what = covered.map((port) => `${port.name} (${port.port})`).join(', ');
    for (const cidr of rule.openCidrs)
      violations.push(
        flag(rule.resource, cidr.node, `${describeRule(rule)} allows ${what} from ${cidr.value}`),
      );
  }
  return violations;
}
