import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { awsClientConfig, type AwsConnectionSettings } from '../aws/aws-clients';
import {
  refreshingCredentials,
  type CredentialProvider,
  type RefreshSettings,
} from './refreshing-credentials';
import { temporaryCredentials } from './sts-credentials';

export interface AssumeRoleOptions extends RefreshSettings {
  /** The credentials that assume the role (the audit role of the management or delegated account). */
  source: AwsCredentialIdentityProvider;
  roleArn: string;
  sessionName: string;
  region: string;
  /** Role chaining caps sessions at one hour. */
  durationSeconds?: number;
  mask: (secret: string) => void;
  connection?: AwsConnectionSettings;
}

/** Credentials for a role in another account (an organisation member), assumed again before they expire. */
export function assumeRoleCredentials(options: AssumeRoleOptions): CredentialProvider {
  const sts = new STSClient(
    awsClientConfig(STSClient, options.region, options.source, options.connection ?? {}),
  );
  return refreshingCredentials(
    async () => {
      const output = await sts.send(
        new AssumeRoleCommand({
          RoleArn: options.roleArn,
          RoleSessionName: options.sessionName,
          DurationSeconds: options.durationSeconds ?? 3600,
        }),
      );
      return temporaryCredentials(output.Credentials, options.mask, 'AssumeRole');
    },
    options,
    () => sts.destroy(),
  );
}

/** `RoleSessionName` allows 2-64 characters of `[\w+=,.@-]`. */
export function sessionName(parts: (string | undefined)[]): string {
  const name = parts
    .filter((part): part is string => Boolean(part))
    .join('-')
    .replace(/[^\w+=,.@-]/g, '-')
    .slice(0, 64);
  return name.length >= 2 ? name : 'cloudgate-audit';
}
