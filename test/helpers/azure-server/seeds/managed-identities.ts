import { list, rid } from './arm-bodies';

const GITHUB = 'https://token.actions.githubusercontent.com';

/** A user-assigned managed identity with one GitHub federated credential, as ARM lists them. */
export function managedIdentity(
  sub: string,
  name: string,
  principalId: string,
  credential: { name: string; subject?: string; expression?: string },
): { list: unknown; credentialsPath: string; credentials: unknown; credentialId: string } {
  const id = rid(sub, 'rg-identity', 'Microsoft.ManagedIdentity/userAssignedIdentities', name);
  const credentialId = `${id}/federatedIdentityCredentials/${credential.name}`;
  return {
    list: {
      id,
      name,
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      location: 'westeurope',
      properties: {
        tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        principalId,
        clientId: principalId.replace(/^5/, '6'),
      },
    },
    credentialsPath: `${id}/federatedIdentityCredentials`,
    credentials: list({
      id: credentialId,
      name: credential.name,
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
      properties: {
        issuer: GITHUB,
        audiences: ['api://AzureADTokenExchange'],
        ...(credential.subject ? { subject: credential.subject } : {}),
        ...(credential.expression
          ? { claimsMatchingExpression: { value: credential.expression, languageVersion: 1 } }
          : {}),
      },
    }),
    credentialId,
  };
}
