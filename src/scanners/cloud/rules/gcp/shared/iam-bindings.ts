import type { IamBindingLike, IamPolicyLike } from '../../../collectors/gcp/rest-types';

/** Members that stand for anyone on the Internet, signed in to Google or not. */
export const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);

/** The full resource name of a project, for project-wide settings. */
export function projectResource(project: string): string {
  return `//cloudresourcemanager.googleapis.com/projects/${project}`;
}

/** One member of the project's IAM policy, as a resource of its own so each grant is tracked apart. */
export function memberResource(project: string, member: string): string {
  return `${projectResource(project)}/members/${member}`;
}

export interface MemberGrant {
  member: string;
  /** Each matching role, with the condition that narrows it when there is one. */
  grants: { role: string; condition?: string }[];
}

/**
 * The members holding a role `matches` accepts, each once with its roles, in policy order. A conditional
 * binding still grants the role when its condition holds, so it counts, and the message says so.
 */
export function grantsMatching(
  policy: IamPolicyLike | undefined,
  matches: (role: string, member: string) => boolean,
): MemberGrant[] {
  const byMember = new Map<string, MemberGrant>();
  for (const binding of policy?.bindings ?? []) {
    const role = binding.role ?? '';
    for (const member of binding.members ?? []) {
      if (!matches(role, member)) continue;
      const grant = byMember.get(member) ?? { member, grants: [] };
      grant.grants.push({ role, ...conditionOf(binding) });
      byMember.set(member, grant);
    }
  }
  return [...byMember.values()];
}

function conditionOf(binding: IamBindingLike): { condition?: string } {
  const condition = binding.condition;
  if (!condition) return {};
  const text = condition.title || condition.expression;
  return text ? { condition: text } : {};
}

/** `roles/owner, roles/editor (when "expires 2025": request.time < ...)`: the roles as the message shows them. */
export function describeGrants(grant: MemberGrant): string {
  return grant.grants
    .map(({ role, condition }) =>
      condition ? `${role} (only when the condition "${condition}" holds)` : role,
    )
    .join(', ');
}

/** Whether a member is a service account (`serviceAccount:x@y.iam.gserviceaccount.com`). */
export function isServiceAccount(member: string): boolean {
  return member.startsWith('serviceAccount:');
}

/**
 * Accounts Google creates and manages for its own services (the Google APIs service agent, `gcp-sa-*`
 * service agents, robots): their default grants are how the services work, not a user's choice.
 */
export function isGoogleManagedMember(member: string): boolean {
  const email = member.replace(/^serviceAccount:/, '');
  return (
    /@cloudservices\.gserviceaccount\.com$/.test(email) ||
    /@gcp-sa-[a-z0-9-]+\.iam\.gserviceaccount\.com$/.test(email) ||
    /@[a-z0-9-]+-robot\.iam\.gserviceaccount\.com$/.test(email)
  );
}
