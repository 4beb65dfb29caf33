import { GoogleAuth, IdentityPoolClient, type AuthClient } from 'google-auth-library';
import { UserError } from '../../../core/errors';
import {
  CLOUD_AUDIT_DOCS,
  oneLine,
  requestIdToken,
  runnerIdToken,
  type IdTokenSource,
} from '../credentials/github-id-token';
import { CLOUD_PLATFORM_SCOPE, gcpRootUrl, type GcpConnection } from './gcp-connection';

export interface GcpOidcOptions {
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. */
  workloadIdentityProvider: string;
  /** A service account to impersonate; without it the federated identity itself is used. */
  serviceAccount?: string;
  /** The `aud` of the GitHub token; default the provider's full resource name, as the provider expects. */
  audience?: string;
  env?: Record<string, string | undefined>;
  getIdToken?: IdTokenSource;
  connection?: GcpConnection;
}

const PROVIDER =
  /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;
const SERVICE_ACCOUNT =
  /^[a-z0-9-]{6,30}@[a-z0-9.-]+\.iam\.gserviceaccount\.com$|^[\w.+-]+@[\w-]+\.(iam\.)?gserviceaccount\.com$/;

/** Checks the workload-identity-provider input, so a typo is told apart from a refused exchange. */
export function parseWorkloadIdentityProvider(value: string): string {
  const name = value.trim().replace(/^\/\/iam\.googleapis\.com\//, '');
  if (!PROVIDER.test(name)) {
    throw new UserError(
      `workload-identity-provider "${value.slice(0, 120)}" is not a provider's resource name`,
      'Write it as projects/<project number>/locations/global/workloadIdentityPools/<pool>/providers/<provider> (the project number, not its id).',
      CLOUD_AUDIT_DOCS,
    );
  }
  return name;
}

export function parseServiceAccount(value: string): string {
  if (!SERVICE_ACCOUNT.test(value.trim())) {
    throw new UserError(
      `service-account "${value.slice(0, 120)}" is not a service account email`,
      'Write it as <name>@<project id>.iam.gserviceaccount.com.',
      CLOUD_AUDIT_DOCS,
    );
  }
  return value.trim();
}

/**
 * Workload Identity Federation with the workflow's GitHub OIDC token: Google's STS exchanges it for a
 * federated token, which (with a service account) IAM Credentials turns into the account's access token.
 * The token supplier asks the runner for a fresh GitHub token at every exchange.
 */
export function gcpOidcCredential(options: GcpOidcOptions): AuthClient {
  const provider = parseWorkloadIdentityProvider(options.workloadIdentityProvider);
  const serviceAccount = options.serviceAccount ? parseServiceAccount(options.serviceAccount) : undefined;
  const audience = options.audience || `https://iam.googleapis.com/${provider}`;
  const env = options.env ?? process.env;
  const getIdToken = options.getIdToken ?? runnerIdToken;
  const connection = options.connection ?? {};
  return new IdentityPoolClient({
    type: 'external_account',
    audience: `//iam.googleapis.com/${provider}`,
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${gcpRootUrl(connection, 'sts')}v1/token`,
    ...(serviceAccount
      ? {
          service_account_impersonation_url: `${gcpRootUrl(connection, 'iamcredentials')}v1/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`,
        }
      : {}),
    scopes: [CLOUD_PLATFORM_SCOPE],
    subject_token_supplier: { getSubjectToken: () => requestIdToken(env, audience, getIdToken) },
  });
}

/** The CLI's credential: application default credentials (gcloud auth application-default login, or a key file). */
export async function gcpDefaultCredential(): Promise<AuthClient> {
  try {
    return await new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE] }).getClient();
  } catch (error) {
    throw new UserError(
      `cloudgate found no Google Cloud credentials: ${oneLine(error)}`,
      'Run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to a credential file.',
      CLOUD_AUDIT_DOCS,
    );
  }
}
