import {
  ListSecretsCommand,
  SecretsManagerClient,
  type SecretListEntry,
} from '@aws-sdk/client-secrets-manager';
import type { CollectEnv } from './collect-env';

export function collectSecrets(env: CollectEnv): Promise<SecretListEntry[]> {
  const secrets = env.client(SecretsManagerClient);
  return env.pages('secretsmanager:ListSecrets', env.region, async (token) => {
    const output = await secrets.send(
      new ListSecretsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }),
    );
    return { items: output.SecretList ?? [], next: output.NextToken };
  });
}
