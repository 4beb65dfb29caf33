import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { UserError } from '../../../core/errors';
import { assumeRoleCredentials, sessionName } from '../credentials/aws-assume-role';
import type { RefreshSettings } from '../credentials/refreshing-credentials';
import { CLOUD_AUDIT_DOCS } from '../credentials/aws-oidc';
import {
  awsClientConfig,
  observeAttempts,
  type AttemptObserver,
  type AwsConnectionSettings,
} from './aws-clients';
import { describeAwsFailure } from './aws-errors';

export interface CallerIdentity {
  account: string;
  partition: string;
  arn: string;
}

export interface AuditTarget {
  account: string;
  /** Credentials for the account: the caller's own, or the organisation role assumed into it. */
  credentials: AwsCredentialIdentityProvider;
  /** How the credentials are obtained, for messages: `sts:AssumeRole` or the caller's own. */
  via: string;
  close(): void;
}

export interface TargetOptions extends RefreshSettings {
  credentials: AwsCredentialIdentityProvider;
  homeRegion: string;
  connection: AwsConnectionSettings;
  /** Role name to assume in every member account (e.g. `cloudgate-audit`). */
  organizationRole?: string;
  /** Accounts to audit; empty with an organisation role means every active account of the organisation. */
  accounts: readonly string[];
  sessionName?: string;
  mask: (secret: string) => void;
  /** Counts the attempts of these calls with the audit's. */
  observe?: AttemptObserver;
}

export async function callerIdentity(options: TargetOptions): Promise<CallerIdentity> {
  const sts = observeAttempts(
    new STSClient(awsClientConfig(STSClient, options.homeRegion, options.credentials, options.connection)),
    options.observe ?? (() => {}),
  );
  try {
    const output = await sts.send(new GetCallerIdentityCommand({}));
    const arn = output.Arn ?? '';
    return { account: output.Account ?? '', partition: arn.split(':')[1] || 'aws', arn };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `cloudgate could not identify its AWS credentials: ${describeAwsFailure(error, 'sts:GetCallerIdentity').reason}`,
      'Check the credentials (for the CLI: the standard AWS variables, profile or SSO session; for the action: role-to-assume).',
      CLOUD_AUDIT_DOCS,
    );
  } finally {
    sts.destroy();
  }
}

/** The accounts to audit, each with its credentials (the organisation role assumed into member accounts). */
export async function auditTargets(identity: CallerIdentity, options: TargetOptions): Promise<AuditTarget[]> {
  const own: AuditTarget = {
    account: identity.account,
    credentials: options.credentials,
    via: 'the audit credentials',
    close: () => {},
  };
  const role = options.organizationRole;
  if (!role) {
    const others = options.accounts.filter((account) => account !== identity.account);
    if (others.length > 0) {
      throw new UserError(
        `accounts ${others.join(', ')} were requested, but the credentials belong to ${identity.account} and no organization-role was given`,
        'Set organization-role to the name of the audit role that exists in every member account.',
        CLOUD_AUDIT_DOCS,
      );
    }
    return [own];
  }
  const accounts =
    options.accounts.length > 0 ? [...new Set(options.accounts)] : await organisationAccounts(options);
  return accounts.sort().map((account) => {
    if (account === identity.account) return own;
    const credentials = assumeRoleCredentials({
      source: options.credentials,
      roleArn: `arn:${identity.partition}:iam::${account}:role/${role}`,
      sessionName: sessionName([options.sessionName ?? 'cloudgate-audit']),
      region: options.homeRegion,
      mask: options.mask,
      connection: options.connection,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
    });
    return { account, credentials, via: `sts:AssumeRole into ${account}`, close: () => credentials.close() };
  });
}

async function organisationAccounts(options: TargetOptions): Promise<string[]> {
  const organizations = observeAttempts(
    new OrganizationsClient(
      awsClientConfig(OrganizationsClient, options.homeRegion, options.credentials, options.connection),
    ),
    options.observe ?? (() => {}),
  );
  const accounts: string[] = [];
  try {
    let token: string | undefined;
    do {
      const output = await organizations.send(new ListAccountsCommand(token ? { NextToken: token } : {}));
      for (const account of output.Accounts ?? [])
        if (account.Id && (account.State ?? account.Status) === 'ACTIVE') accounts.push(account.Id);
      token = output.NextToken;
    } while (token);
  } catch (error) {
    throw new UserError(
      `cloudgate could not list the organisation's accounts: ${describeAwsFailure(error, 'organizations:ListAccounts').reason}`,
      'Run the audit with a role of the management account or of a delegated administrator, or list the accounts explicitly with accounts.',
      CLOUD_AUDIT_DOCS,
    );
  } finally {
    organizations.destroy();
  }
  return accounts;
}
