import type { RuleMeta } from '../../../../../core/rule';
import type { AzureAuditRule } from '../azure-audit-rule';
import { describeExposure, exposesAny, internetExposures } from './live-nsg';
import { inRegion } from './resource-location';

/** A check reporting each NSG rule that opens one of `ports` to the whole Internet, priority order respected. */
export function nsgPortCheck(
  meta: RuleMeta,
  ports: readonly number[],
  protocols: readonly ('tcp' | 'udp')[],
  label: (port: number) => string,
): AzureAuditRule {
  return {
    meta,
    needs: ['networkSecurityGroups'],
    check(context) {
      const groups = context.get('networkSecurityGroups') ?? [];
      return internetExposures(groups).flatMap((exposure) => {
        const open = exposesAny(exposure, ports, protocols);
        if (open.length === 0) return [];
        return [
          context.flag(
            exposure.rule.id,
            `${describeExposure(exposure)} allows ${open.map(label).join(', ')} from the Internet.`,
            inRegion(exposure.group),
          ),
        ];
      });
    },
  };
}
