import type { GithubTrust } from '../../../collectors/azure/github-trust';
import type { AzureContext } from '../azure-audit-rule';

/** Every GitHub credential the check may see: app registrations (tenant) and this subscription's identities. */
export function githubTrusts(context: AzureContext): GithubTrust[] {
  const apps = context.get('appGithubTrusts') ?? [];
  const identities = context.get('identityGithubTrusts');
  const own = [...(identities?.values() ?? [])].flatMap((value) => context.use(value) ?? []);
  return [...apps, ...own];
}

/** The `sub` patterns a flexible credential's expression matches against (`claims['sub'] matches 'repo:x/*'`). */
export function subjectPatterns(trust: GithubTrust): string[] {
  if (trust.subject) return [trust.subject];
  const patterns: string[] = [];
  for (const match of (trust.expression ?? '').matchAll(
    /claims\[\s*'sub'\s*\]\s*(?:matches|eq)\s*'([^']*)'/gi,
  ))
    patterns.push(match[1]!);
  return patterns;
}

/**
 * Whether a `sub` pattern admits repositories of any owner: `*`, `repo:*`, `repo:org*`, or a wildcard owner.
 * Both the `repo:owner/repo` and the immutable `repo:owner@id/repo@id` forms pin the owner before the `/`.
 */
export function anyOwner(pattern: string): boolean {
  if (!pattern.toLowerCase().startsWith('repo:')) return pattern.includes('*');
  const owner = pattern.slice(5).split(/[/:]/)[0] ?? '';
  return owner === '' || owner.includes('*');
}

/** `app registration "deploy" credential "main"` */
export function describeTrust(trust: GithubTrust): string {
  const kind = trust.kind === 'application' ? 'App registration' : 'Managed identity';
  return `${kind} ${trust.identityName} federated credential ${trust.credentialName}`;
}
