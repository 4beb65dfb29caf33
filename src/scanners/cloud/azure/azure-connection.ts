import type { Agent } from 'node:https';

export const ARM_ENDPOINT = 'https://management.azure.com';
export const ARM_SCOPE = 'https://management.azure.com/.default';
export const GRAPH_ENDPOINT = 'https://graph.microsoft.com';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
export const AUTHORITY_HOST = 'https://login.microsoftonline.com';

/**
 * Where the Azure calls go. Empty in production (Azure's public cloud); a local endpoint in tests, set
 * through CLOUDGATE_AZURE_ENDPOINT_URL, answers ARM, Microsoft Graph and Entra ID on one origin.
 */
export interface AzureConnection {
  /** One origin for ARM, Graph and the Entra ID authority; each keeps its own path. */
  endpoint?: string;
  /** A TLS agent trusting a private certificate authority (tests on loopback). */
  agent?: Agent;
  /** Retries of a throttled or failing call before it counts as failed. */
  maxRetries?: number;
}

export function armEndpoint(connection: AzureConnection): string {
  return connection.endpoint ?? ARM_ENDPOINT;
}

export function graphEndpoint(connection: AzureConnection): string {
  return connection.endpoint ? `${connection.endpoint}/graph` : GRAPH_ENDPOINT;
}

export function authorityHost(connection: AzureConnection): string {
  return connection.endpoint ?? AUTHORITY_HOST;
}

/** Options every Azure SDK client of the audit is built with. */
export function azureClientOptions(connection: AzureConnection) {
  const endpoint = armEndpoint(connection);
  return {
    endpoint,
    $host: endpoint,
    credentialScopes: [ARM_SCOPE],
    retryOptions: { maxRetries: connection.maxRetries ?? 4, retryDelayInMs: 500, maxRetryDelayInMs: 20_000 },
    userAgentOptions: { userAgentPrefix: 'cloudgate-audit' },
    ...(connection.agent ? { agent: connection.agent } : {}),
  };
}
