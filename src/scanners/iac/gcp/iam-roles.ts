/** The basic roles that predate IAM: they span every service of the project. */
export const PRIMITIVE_ROLES = ['roles/owner', 'roles/editor'] as const;

export function isPrimitiveRole(role: string): boolean {
  return (PRIMITIVE_ROLES as readonly string[]).includes(role);
}

/**
 * Roles CIS treats as administrative for a service account: the basic owner and
 * editor roles and every predefined role named `...Admin` / `...admin`.
 */
export function isAdministrativeRole(role: string): boolean {
  if (isPrimitiveRole(role)) return true;
  if (!role.startsWith('roles/')) return false;
  return /admin/i.test(role.slice('roles/'.length));
}

/** Roles that let their holder act as, or mint tokens for, any service account in their scope. */
export const IMPERSONATION_ROLES = [
  'roles/iam.serviceAccountUser',
  'roles/iam.serviceAccountTokenCreator',
] as const;

export function isImpersonationRole(role: string): boolean {
  return (IMPERSONATION_ROLES as readonly string[]).includes(role);
}
