import type { ActivityLogAlertResource } from '@azure/arm-monitor';
import type { Violation } from '../../../../../core/engine';
import type { AzureContext } from '../azure-audit-rule';

/** Whether an enabled alert covers the subscription and fires on the administrative operation `operation`. */
function alerts(alert: ActivityLogAlertResource, subscription: string, operation: string): boolean {
  if (alert.enabled === false) return false;
  const root = `/subscriptions/${subscription}`.toLowerCase();
  if (!(alert.scopes ?? []).some((scope) => scope.toLowerCase().replace(/\/+$/, '') === root)) return false;
  const conditions = alert.condition?.allOf ?? [];
  const equals = (field: string, value: string) =>
    conditions.some(
      (leaf) => leaf.field.toLowerCase() === field && leaf.equals.toLowerCase() === value.toLowerCase(),
    );
  const category = conditions.find((leaf) => leaf.field.toLowerCase() === 'category');
  return equals('operationname', operation) && (!category || equals('category', 'Administrative'));
}

/** One violation on the subscription naming the operations no activity log alert watches. */
export function flagMissingAlerts(
  context: AzureContext,
  operations: readonly string[],
  what: string,
): Violation[] {
  const all = context.get('activityLogAlerts');
  if (!all) return [];
  const missing = operations.filter(
    (operation) => !all.some((alert) => alerts(alert, context.scope, operation)),
  );
  if (missing.length === 0) return [];
  return [
    context.flag(
      `/subscriptions/${context.scope}`,
      `Subscription ${context.scope} has no activity log alert for ${what}: ${missing.join(', ')}.`,
    ),
  ];
}
