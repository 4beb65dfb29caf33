import type { Violation } from '../../../../../core/engine';
import {
  describeRule,
  describeSource,
  exposesPort,
  internetExposures,
  type InternetExposure,
} from '../../../azure/nsg-exposure';
import type { IacModel } from '../../../model/iac-model';
import { flag } from '../../../model/violation';

/** A finding on the source prefix that lets the Internet in: `<rule> allows <what>: <source>`. */
export function flagExposure(exposure: InternetExposure, what: string): Violation {
  return flag(
    exposure.rule.resource,
    exposure.source.node,
    `${describeRule(exposure)} allows ${what}: ${describeSource(exposure)}`,
  );
}

/** Allow rules that open one management port to the Internet, named like `SSH (TCP 22)`. */
export function openPortViolations(
  model: IacModel,
  port: number,
  service: string,
  protocols: readonly ('tcp' | 'udp')[] = ['tcp'],
): Violation[] {
  return internetExposures(model)
    .filter((exposure) => exposesPort(exposure, port, protocols))
    .map((exposure) => flagExposure(exposure, `${service} from the Internet`));
}
