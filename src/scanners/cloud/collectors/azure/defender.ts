import { SecurityCenter, type Pricing, type SecurityContact } from '@azure/arm-security';
import type { AzureSession } from './azure-session';
import { listProvider, readProvider } from './paging';

function security(session: AzureSession): SecurityCenter {
  return session.clients.get(SecurityCenter);
}

/** The Microsoft Defender for Cloud plan of each resource type (Free or Standard). */
export function collectDefenderPlans(session: AzureSession): Promise<Pricing[]> {
  return readProvider(async () => (await security(session).pricings.list()).value ?? []);
}

export function collectSecurityContacts(session: AzureSession): Promise<SecurityContact[]> {
  return listProvider(
    () => security(session).securityContacts.list(),
    100,
    `security contacts of subscription ${session.subscriptionId}`,
    session.warn,
  );
}
