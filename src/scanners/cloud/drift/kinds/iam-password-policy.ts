import type { PasswordPolicy } from '@aws-sdk/client-iam';
import { asBoolean, asNumber, BOOLEAN_STRICTNESS, compareSettings, type SettingSpec } from '../settings';
import type { DriftKind } from './drift-kind';

const flag = (path: string, live: boolean | undefined): SettingSpec => ({
  path,
  default: false,
  live: live ?? false,
  normalise: asBoolean,
  strictness: BOOLEAN_STRICTNESS,
});

/** Zero means "never expires", the weakest setting; otherwise a shorter maximum age is stricter. */
const ageStrictness = (value: unknown): number =>
  typeof value === 'number' && value > 0 ? 100_000 - value : 0;
const atLeast = (value: unknown): number => (typeof value === 'number' ? value : 0);

function specs(live: PasswordPolicy): SettingSpec[] {
  return [
    {
      path: 'minimum_password_length',
      default: 6,
      live: live.MinimumPasswordLength ?? 6,
      normalise: asNumber,
      strictness: atLeast,
    },
    flag('require_lowercase_characters', live.RequireLowercaseCharacters),
    flag('require_uppercase_characters', live.RequireUppercaseCharacters),
    flag('require_numbers', live.RequireNumbers),
    flag('require_symbols', live.RequireSymbols),
    flag('allow_users_to_change_password', live.AllowUsersToChangePassword),
    flag('hard_expiry', live.HardExpiry),
    {
      path: 'max_password_age',
      default: 0,
      live: live.MaxPasswordAge ?? 0,
      normalise: asNumber,
      strictness: ageStrictness,
    },
    {
      path: 'password_reuse_prevention',
      default: 0,
      live: live.PasswordReusePrevention ?? 0,
      normalise: asNumber,
      strictness: atLeast,
    },
  ];
}

export const iamPasswordPolicyKind: DriftKind = {
  types: ['aws_iam_account_password_policy'],
  accountKeys: ['iam.passwordPolicy'],
  regionKeys: [],
  compare(context) {
    const declarations = context.applied('aws_iam_account_password_policy');
    if (declarations.length === 0) return;
    const live = context.accountData('iam.passwordPolicy', 'the account password policy');
    if (live === undefined) return;
    for (const resource of declarations) {
      if (live === null)
        context.missing(
          resource,
          `declares the account password policy, but account ${context.account} has none: passwords only need AWS's defaults.`,
          true,
        );
      else
        context.drifted(
          resource,
          `AWS::::Account:${context.account}`,
          compareSettings(resource, specs(live)),
        );
    }
  },
};
