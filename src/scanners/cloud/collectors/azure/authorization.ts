import {
  AuthorizationManagementClient,
  type RoleAssignment,
  type RoleDefinition,
} from '@azure/arm-authorization';
import type { AzureSession } from './azure-session';
import { listAll } from './paging';

/** A guest account of the tenant, as Microsoft Graph lists it. */
export interface GuestUser {
  id: string;
  userPrincipalName?: string;
  userType?: string;
}

function authorization(session: AzureSession): AuthorizationManagementClient {
  return session.clients.get(AuthorizationManagementClient);
}

/** Custom role definitions assignable in the subscription (built-in roles are Microsoft's). */
export async function collectCustomRoles(session: AzureSession): Promise<RoleDefinition[]> {
  const roles = await listAll(
    authorization(session).roleDefinitions.list(`subscriptions/${session.subscriptionId}`, {
      filter: "type eq 'CustomRole'",
    }),
    session.maxItems,
    `role definitions of subscription ${session.subscriptionId}`,
    session.warn,
  );
  return roles.filter((role) => role.roleType === 'CustomRole');
}

/** Every role assignment that applies in the subscription, inherited ones included. */
export function collectRoleAssignments(session: AzureSession): Promise<RoleAssignment[]> {
  return listAll(
    authorization(session).roleAssignments.listForSubscription(),
    session.maxItems,
    `role assignments of subscription ${session.subscriptionId}`,
    session.warn,
  );
}

/** The tenant's guest users; reading them needs the Graph permission User.Read.All or Directory.Read.All. */
export function collectGuestUsers(session: AzureSession): Promise<GuestUser[]> {
  const filter = encodeURIComponent("userType eq 'Guest'");
  return session.graph.list<GuestUser>(`/users?$filter=${filter}&$select=id,userPrincipalName,userType`);
}
