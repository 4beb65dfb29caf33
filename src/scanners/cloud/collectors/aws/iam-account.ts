import {
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  IAMClient,
  ListEntitiesForPolicyCommand,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
  type PasswordPolicy,
  type ServerCertificateMetadata,
  type VirtualMFADevice,
} from '@aws-sdk/client-iam';
import { errorCode } from '../../aws/aws-errors';
import type { CollectEnv } from './collect-env';

export type AccountSummary = Record<string, number>;

export async function collectAccountSummary(env: CollectEnv): Promise<AccountSummary> {
  const region = env.session.homeRegion;
  const iam = env.client(IAMClient, region);
  const output = await env.call('iam:GetAccountSummary', region, () =>
    iam.send(new GetAccountSummaryCommand({})),
  );
  return output.SummaryMap ?? {};
}

/** The account's password policy, or null when none is set (IAM answers NoSuchEntity). */
export async function collectPasswordPolicy(env: CollectEnv): Promise<PasswordPolicy | null> {
  const region = env.session.homeRegion;
  const iam = env.client(IAMClient, region);
  return env.call('iam:GetAccountPasswordPolicy', region, async () => {
    try {
      return (await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy ?? null;
    } catch (error) {
      if (errorCode(error) === 'NoSuchEntity' || errorCode(error) === 'NoSuchEntityException') return null;
      throw error;
    }
  });
}

export async function collectVirtualMfaDevices(env: CollectEnv): Promise<VirtualMFADevice[]> {
  const region = env.session.homeRegion;
  const iam = env.client(IAMClient, region);
  return env.pages('iam:ListVirtualMFADevices', region, async (marker) => {
    const output = await iam.send(
      new ListVirtualMFADevicesCommand({
        AssignmentStatus: 'Assigned',
        ...(marker ? { Marker: marker } : {}),
      }),
    );
    return { items: output.VirtualMFADevices ?? [], next: output.IsTruncated ? output.Marker : undefined };
  });
}

export async function collectServerCertificates(env: CollectEnv): Promise<ServerCertificateMetadata[]> {
  const region = env.session.homeRegion;
  const iam = env.client(IAMClient, region);
  return env.pages('iam:ListServerCertificates', region, async (marker) => {
    const output = await iam.send(new ListServerCertificatesCommand(marker ? { Marker: marker } : {}));
    return {
      items: output.ServerCertificateMetadataList ?? [],
      next: output.IsTruncated ? output.Marker : undefined,
    };
  });
}

export interface PolicyEntities {
  policyArn: string;
  users: string[];
  groups: string[];
  roles: string[];
}

/** Who an AWS managed policy is attached to (`policy/AWSSupportAccess` → arn:aws:iam::aws:policy/AWSSupportAccess). */
export async function collectPolicyEntities(env: CollectEnv, policyName: string): Promise<PolicyEntities> {
  const region = env.session.homeRegion;
  const iam = env.client(IAMClient, region);
  const policyArn = `arn:${env.session.partition}:iam::aws:policy/${policyName}`;
  const entities: PolicyEntities = { policyArn, users: [], groups: [], roles: [] };
  await env.pages('iam:ListEntitiesForPolicy', region, async (marker) => {
    const output = await iam.send(
      new ListEntitiesForPolicyCommand({ PolicyArn: policyArn, ...(marker ? { Marker: marker } : {}) }),
    );
    entities.users.push(
      ...(output.PolicyUsers ?? []).flatMap((user) => (user.UserName ? [user.UserName] : [])),
    );
    entities.groups.push(
      ...(output.PolicyGroups ?? []).flatMap((group) => (group.GroupName ? [group.GroupName] : [])),
    );
    entities.roles.push(
      ...(output.PolicyRoles ?? []).flatMap((role) => (role.RoleName ? [role.RoleName] : [])),
    );
    return { items: [], next: output.IsTruncated ? output.Marker : undefined };
  });
  return entities;
}
