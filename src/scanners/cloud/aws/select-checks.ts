import { UserError } from '../../../core/errors';
import { CLOUD_AUDIT_DOCS } from '../credentials/aws-oidc';

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
