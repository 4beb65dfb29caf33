import { compute_v1 } from '@googleapis/compute/build/v1';
import { gcpRootUrl } from '../../gcp/gcp-connection';
import type { GcpSession } from './gcp-session';

/** The Compute Engine v1 client of a session. */
export function computeApi(session: GcpSession): compute_v1.Compute {
  return new compute_v1.Compute({ auth: session.auth, rootUrl: gcpRootUrl(session.connection, 'compute') });
}
