import { ServiceClient } from '@azure/core-client';
import { createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
import { armEndpoint, azureClientOptions } from '../../azure/azure-connection';
import type { AzureClients } from '../../azure/azure-clients';

interface ArmPage<T> {
  value?: T[];
  nextLink?: string;
}

const readers = new WeakMap<AzureClients, ServiceClient>();

/**
 * Lists an ARM collection by path for the resource types no installed SDK covers, with the same credential,
 * retries and endpoint as the SDK clients, following nextLink up to `max` items.
 */
export async function listArm<T>(
  clients: AzureClients,
  path: string,
  apiVersion: string,
  max: number,
): Promise<T[]> {
  let client = readers.get(clients);
  if (!client) {
    client = new ServiceClient({ ...azureClientOptions(clients.connection), credential: clients.credential });
    readers.set(clients, client);
  }
  const items: T[] = [];
  let url: string | undefined = `${armEndpoint(clients.connection)}${path}?api-version=${apiVersion}`;
  while (url && items.length < max) {
    const response = await client.sendRequest(createPipelineRequest({ url, method: 'GET' }));
    const body = response.bodyAsText ?? '';
    if (response.status >= 400) throw armError(response.status, body);
    const page = JSON.parse(body) as ArmPage<T>;
    items.push(...(page.value ?? []));
    url = page.nextLink;
  }
  return items.slice(0, max);
}

function armError(status: number, body: string): RestError {
  let code = `HTTP${status}`;
  let message = body.slice(0, 300);
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
    code = parsed.error?.code ?? code;
    message = parsed.error?.message ?? message;
  } catch {
    // A body that is not JSON is reported as it is.
  }
  return new RestError(message, { code, statusCode: status });
}
