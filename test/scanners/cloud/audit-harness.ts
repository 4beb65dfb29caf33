import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Finding } from '../../../src/core/finding';
import {
  auditAws,
  type AwsAuditOptions,
  type AwsAuditResult,
} from '../../../src/scanners/cloud/aws/audit-aws';
import type { AccountSeed, Expectation } from '../../helpers/aws-server/seed';
import { SEED_NOW } from '../../helpers/aws-server/seeds/builders';
import type { AwsServer } from '../../helpers/aws-server/server';

/** The long-term keys a seeded account answers to, as the default credential chain would supply them. */
export function staticCredentials(account: AccountSeed): AwsCredentialIdentityProvider {
  const key = account.staticKeys[0]!;
  return async () => ({ accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey });
}

/** Runs the audit against the loopback endpoints at the seeds' instant, retrying quickly. */
export function runAudit(
  server: AwsServer,
  options: Partial<AwsAuditOptions> & { credentials: AwsCredentialIdentityProvider },
): Promise<AwsAuditResult> {
  return auditAws({
    homeRegion: 'us-east-1',
    regions: 'all-enabled',
    connection: { endpoint: server.endpoint, maxAttempts: 4 },
    clock: () => SEED_NOW,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20))),
    ...options,
  });
}

export function findingKeys(findings: Finding[]): string[] {
  return findings
    .map((finding) => {
      const location = finding.location;
      const region = location.kind === 'cloud' ? (location.region ?? '') : '';
      const account = location.kind === 'cloud' ? location.account : '';
      return `${finding.ruleId} ${account} ${region} ${finding.resource}`;
    })
    .sort();
}

export function expectationKeys(account: string, expectations: Expectation[]): string[] {
  return expectations
    .map(
      (expectation) => `${expectation.check} ${account} ${expectation.region ?? ''} ${expectation.resource}`,
    )
    .sort();
}
