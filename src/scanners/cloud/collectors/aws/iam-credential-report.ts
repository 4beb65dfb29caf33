import { GenerateCredentialReportCommand, GetCredentialReportCommand, IAMClient } from '@aws-sdk/client-iam';
import { errorCode } from '../../aws/aws-errors';
import type { CollectEnv } from './collect-env';

export interface CredentialReportKey {
  slot: 1 | 2;
  active: boolean;
  lastRotated?: Date;
  lastUsed?: Date;
}

export interface CredentialReportUser {
  user: string;
  arn: string;
  isRoot: boolean;
  created?: Date;
  passwordEnabled: boolean;
  passwordLastUsed?: Date;
  passwordLastChanged?: Date;
  mfaActive: boolean;
  keys: CredentialReportKey[];
}

export interface CredentialReport {
  generatedAt?: Date;
  users: CredentialReportUser[];
}

const POLL_LIMIT_MS = 120_000;
export const ROOT_USER = '<root_account>';

/**
 * The IAM credential report, requested once per account: GenerateCredentialReport is polled with a growing
 * delay until the report is complete (AWS reuses a report younger than four hours), then read once.
 */
export async function collectCredentialReport(env: CollectEnv): Promise<CredentialReport> {
  const region = env.session.homeRegion;
  const iam = env.client(IAMClient, region);
  const deadline = env.session.clock() + POLL_LIMIT_MS;
  let delay = 250;
  for (;;) {
    const generated = await env.call('iam:GenerateCredentialReport', region, () =>
      iam.send(new GenerateCredentialReportCommand({})),
    );
    if (generated.State === 'COMPLETE') {
      const report = await readReport(env, iam, region);
      if (report) return report;
    }
    if (env.session.clock() + delay > deadline) {
      throw new Error(
        `the IAM credential report of account ${env.account} was not ready after ${POLL_LIMIT_MS / 1000} s`,
      );
    }
    await env.session.sleep(delay);
    delay = Math.min(delay * 2, 4_000);
  }
}

async function readReport(
  env: CollectEnv,
  iam: IAMClient,
  region: string,
): Promise<CredentialReport | undefined> {
  const output = await env.call('iam:GetCredentialReport', region, async () => {
    try {
      return await iam.send(new GetCredentialReportCommand({}));
    } catch (error) {
      // Generated but not yet readable, or expired in between: generate and poll again.
      if (['ReportInProgress', 'ReportExpired', 'ReportNotPresent'].includes(errorCode(error)))
        return undefined;
      throw error;
    }
  });
  if (!output?.Content) return undefined;
  return {
    ...(output.GeneratedTime ? { generatedAt: output.GeneratedTime } : {}),
    users: parseCredentialReport(Buffer.from(output.Content).toString('utf8')),
  };
}

/** Parses the report's CSV; columns are found by name, so added columns do not shift anything. */
export function parseCredentialReport(csv: string): CredentialReportUser[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    const field = (name: string) => cells[header.indexOf(name)] ?? '';
    const user = field('user');
    const key = (slot: 1 | 2): CredentialReportKey => ({
      slot,
      active: field(`access_key_${slot}_active`) === 'true',
      ...optionalDate('lastRotated', field(`access_key_${slot}_last_rotated`)),
      ...optionalDate('lastUsed', field(`access_key_${slot}_last_used_date`)),
    });
    return {
      user,
      arn: field('arn'),
      isRoot: user === ROOT_USER,
      ...optionalDate('created', field('user_creation_time')),
      passwordEnabled: field('password_enabled') === 'true',
      ...optionalDate('passwordLastUsed', field('password_last_used')),
      ...optionalDate('passwordLastChanged', field('password_last_changed')),
      mfaActive: field('mfa_active') === 'true',
      keys: [key(1), key(2)],
    };
  });
}

function optionalDate<K extends string>(name: K, text: string): Partial<Record<K, Date>> {
  // N/A, no_information and not_supported are how the report says "none".
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return {};
  const time = Date.parse(text);
  return Number.isNaN(time) ? {} : ({ [name]: new Date(time) } as Record<K, Date>);
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}
