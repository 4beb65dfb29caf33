import type { RoleAssignment } from '@azure/arm-authorization';

/** Built-in role definition GUIDs, the same in every tenant. */
export const OWNER_ROLE = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const CONTRIBUTOR_ROLE = 'b24988ac-6180-42a0-ab88-20f7382dd24c';

export function roleGuid(assignment: RoleAssignment): string {
  return (assignment.roleDefinitionId ?? '').split('/').pop()?.toLowerCase() ?? '';
}

export function atSubscription(assignment: RoleAssignment, subscription: string): boolean {
  return (
    (assignment.scope ?? '').toLowerCase().replace(/\/+$/, '') ===
    `/subscriptions/${subscription}`.toLowerCase()
  );
}
