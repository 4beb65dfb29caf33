import type { TokenCredential } from '@azure/core-auth';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  RestError,
  type HttpClient,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import { GRAPH_SCOPE, graphEndpoint, type AzureConnection } from './azure-connection';

interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/**
 * Reads Microsoft Graph (v1.0) with a token of its own: ARM tokens are not accepted by Graph, so the
 * credential is asked for the Graph scope separately. The audit identity needs Graph application
 * permissions (User.Read.All or Directory.Read.All) for what it reads here; without them the data is
 * reported as not assessed.
 */
export class GraphReader {
  private readonly pipeline: Pipeline;
  private readonly client: HttpClient = createDefaultHttpClient();
  private readonly base: string;

  constructor(
    credential: TokenCredential,
    connection: AzureConnection,
    private readonly maxItems = 50_000,
  ) {
    this.base = `${graphEndpoint(connection)}/v1.0`;
    this.pipeline = createPipelineFromOptions({
      retryOptions: { maxRetries: connection.maxRetries ?? 4 },
      userAgentOptions: { userAgentPrefix: 'cloudgate-audit' },
      ...(connection.agent ? { agent: connection.agent } : {}),
    });
    this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: GRAPH_SCOPE }));
  }

  /** Every item of a collection (`/users?$filter=...`), following `@odata.nextLink` up to the item cap. */
  async list<T>(pathAndQuery: string): Promise<T[]> {
    const items: T[] = [];
    let url: string | undefined = `${this.base}${pathAndQuery}`;
    while (url && items.length < this.maxItems) {
      const page: GraphPage<T> = await this.get<GraphPage<T>>(url);
      items.push(...(page.value ?? []));
      url = page['@odata.nextLink'];
    }
    return items;
  }

  private async get<T>(url: string): Promise<T> {
    const request = createPipelineRequest({ url, method: 'GET' });
    request.headers.set('accept', 'application/json');
    const response = await this.pipeline.sendRequest(this.client, request);
    const body = response.bodyAsText ?? '';
    if (response.status >= 400) {
      let code = 'GraphError';
      let message = body.slice(0, 300);
      try {
        const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
        code = parsed.error?.code ?? code;
        message = parsed.error?.message ?? message;
      } catch {
        // A body that is not JSON is reported as it is.
      }
      throw new RestError(message, { code, statusCode: response.status });
    }
    return JSON.parse(body) as T;
  }
}
