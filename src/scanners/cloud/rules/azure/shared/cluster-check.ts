import type { ManagedCluster } from '@azure/arm-containerservice';
import type { RuleMeta } from '../../../../../core/rule';
import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from './resource-location';

/** A check over each AKS cluster: `problem` says what is wrong with one, or undefined when nothing is. */
export function clusterCheck(
  meta: RuleMeta,
  problem: (cluster: ManagedCluster) => string | undefined,
): AzureAuditRule {
  return {
    meta,
    needs: ['managedClusters'],
    check(context) {
      return (context.get('managedClusters') ?? []).flatMap((cluster) => {
        const found = problem(cluster);
        if (!found) return [];
        return [
          context.flag(
            cluster.id ?? cluster.name ?? 'AKS cluster',
            `AKS cluster ${cluster.name} ${found}.`,
            inRegion(cluster),
          ),
        ];
      });
    },
  };
}
