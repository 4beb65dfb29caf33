import type { GoogleAuth } from 'google-auth-library';
import type { GcpConnection } from '../../gcp/gcp-connection';

/** What the collectors of one project share. */
export interface GcpSession {
  projectId: string;
  /** Wraps the credential: the Google API clients take a GoogleAuth. */
  auth: GoogleAuth;
  connection: GcpConnection;
  /** Items read per list at most, so a huge project cannot exhaust memory. */
  maxItems: number;
  warn(message: string): void;
}
