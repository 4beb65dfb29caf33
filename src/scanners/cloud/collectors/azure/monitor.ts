import {
  MonitorClient,
  type ActivityLogAlertResource,
  type DiagnosticSettingsResource,
} from '@azure/arm-monitor';
import type { AzureSession } from './azure-session';
import { listProvider, readProvider } from './paging';

function monitor(session: AzureSession): MonitorClient {
  return session.clients.get(MonitorClient);
}

/** The subscription's diagnostic settings: where its activity log is exported. */
export function collectActivityLogExports(session: AzureSession): Promise<DiagnosticSettingsResource[]> {
  return readProvider(
    async () =>
      (await monitor(session).diagnosticSettings.list(`subscriptions/${session.subscriptionId}`)).value ?? [],
  );
}

export function collectActivityLogAlerts(session: AzureSession): Promise<ActivityLogAlertResource[]> {
  return listProvider(
    () => monitor(session).activityLogAlerts.listBySubscriptionId(),
    session.maxItems,
    `activity log alerts of subscription ${session.subscriptionId}`,
    session.warn,
  );
}
