import { UserError } from '../../../core/errors';
import type { RuleMeta } from '../../../core/rule';
import { CLOUD_AUDIT_DOCS } from '../credentials/github-id-token';

/**
 * The checks to run: all, or those named in `checks`, minus those in `skipChecks`. A name is a check id
 * (`aws-audit-iam-root-mfa-disabled`), an id without its `aws-audit-` prefix, or a pattern ending in `*`
 * (`aws-audit-iam-*`). A name that matches nothing is an error, so a typo never silently audits less.
 */
export function selectAuditRules<R extends { meta: RuleMeta }>(
  rules: readonly R[],
  checks: readonly string[],
  skipChecks: readonly string[],
  prefix = 'aws-audit-',
): R[] {
  const chosen =
    checks.length > 0
      ? rules.filter((rule) => checks.some((name) => matches(rule, name, prefix)))
      : [...rules];
  for (const name of [...checks, ...skipChecks]) {
    if (!rules.some((rule) => matches(rule, name, prefix))) {
      throw new UserError(
        `no ${PROVIDER_NAMES[prefix] ?? ''} audit check is called "${name.length > 60 ? `${name.slice(0, 60)}…` : name}"`,
        `Run "cloudgate rules" for the ids, or use a prefix with a trailing * such as ${prefix}${prefix === 'aws-audit-' ? 'iam' : 'storage'}-*.`,
        CLOUD_AUDIT_DOCS,
      );
    }
  }
  return chosen.filter((rule) => !skipChecks.some((name) => matches(rule, name, prefix)));
}

const PROVIDER_NAMES: Record<string, string> = {
  'aws-audit-': 'AWS',
  'azure-audit-': 'Azure',
  'gcp-audit-': 'Google Cloud',
};

function matches(rule: { meta: RuleMeta }, name: string, prefix: string): boolean {
  const id = rule.meta.id;
  const wanted = name.trim().toLowerCase();
  if (wanted.endsWith('*')) {
    const wantedPrefix = wanted.slice(0, -1);
    return id.startsWith(wantedPrefix) || id.startsWith(`${prefix}${wantedPrefix}`);
  }
  return id === wanted || id === `${prefix}${wanted}` || rule.meta.aliases.includes(name.trim());
}
