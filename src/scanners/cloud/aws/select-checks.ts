import { UserError } from '../../../core/errors';
import type { RuleMeta } from '../../../core/rule';
import { CLOUD_AUDIT_DOCS } from '../credentials/aws-oidc';

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

/** `eu-west-1, us-east-1` or `all-enabled`. */
export function parseRegions(values: readonly string[]): readonly string[] | 'all-enabled' {
  const regions = values.map((value) => value.trim().toLowerCase()).filter(Boolean);
  if (regions.length === 0 || (regions.length === 1 && regions[0] === 'all-enabled')) return 'all-enabled';
  for (const region of regions) {
    if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(region)) {
      throw new UserError(
        `"${region.slice(0, 40)}" is not an AWS region`,
        'List regions such as us-east-1,eu-west-1, or write all-enabled.',
        CLOUD_AUDIT_DOCS,
      );
    }
  }
  return [...new Set(regions)];
}

export function parseAccounts(values: readonly string[]): string[] {
  const accounts = values.map((value) => value.trim()).filter(Boolean);
  for (const account of accounts) {
    if (!/^\d{12}$/.test(account))
      throw new UserError(
        `"${account.slice(0, 40)}" is not an AWS account id`,
        'Account ids are 12 digits.',
        CLOUD_AUDIT_DOCS,
      );
  }
  return [...new Set(accounts)];
}
