import {
  GetAccountAuthorizationDetailsCommand,
  IAMClient,
  type AttachedPolicy,
  type PolicyDetail,
} from '@aws-sdk/client-iam';
import type { CollectEnv } from './collect-env';
import { parsePolicyDocument, type PolicyDocument } from './policy-document';

export interface InlinePolicy {
  name: string;
  /** Undefined when the document could not be read as a policy. */
  document: PolicyDocument | undefined;
}

export interface IamPrincipal {
  kind: 'user' | 'group' | 'role';
  name: string;
  arn: string;
  inlinePolicies: InlinePolicy[];
  attachedPolicies: { name: string; arn: string }[];
  /** Roles only. */
  trustPolicy?: PolicyDocument | undefined;
}

export interface ManagedPolicy {
  name: string;
  arn: string;
  attachmentCount: number;
  defaultDocument: PolicyDocument | undefined;
}

export interface IamAuthorization {
  users: IamPrincipal[];
  groups: IamPrincipal[];
  roles: IamPrincipal[];
  /** Customer managed policies. */
  policies: ManagedPolicy[];
}

/** Users, groups, roles (with trust and inline policies) and customer managed policies, in one paginated call. */
export async function collectAuthorization(env: CollectEnv): Promise<IamAuthorization> {
  const region = env.session.homeRegion;
  const iam = env.client(IAMClient, region);
  const result: IamAuthorization = { users: [], groups: [], roles: [], policies: [] };
  await env.pages('iam:GetAccountAuthorizationDetails', region, async (marker) => {
    const output = await iam.send(
      new GetAccountAuthorizationDetailsCommand({
        Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'],
        ...(marker ? { Marker: marker } : {}),
      }),
    );
    for (const user of output.UserDetailList ?? []) {
      result.users.push(
        principal('user', user.UserName, user.Arn, user.UserPolicyList, user.AttachedManagedPolicies),
      );
    }
    for (const group of output.GroupDetailList ?? []) {
      result.groups.push(
        principal('group', group.GroupName, group.Arn, group.GroupPolicyList, group.AttachedManagedPolicies),
      );
    }
    for (const role of output.RoleDetailList ?? []) {
      result.roles.push({
        ...principal('role', role.RoleName, role.Arn, role.RolePolicyList, role.AttachedManagedPolicies),
        trustPolicy: parsePolicyDocument(role.AssumeRolePolicyDocument),
      });
    }
    for (const policy of output.Policies ?? []) {
      const version = policy.PolicyVersionList?.find((entry) => entry.IsDefaultVersion);
      result.policies.push({
        name: policy.PolicyName ?? '',
        arn: policy.Arn ?? '',
        attachmentCount: policy.AttachmentCount ?? 0,
        defaultDocument: parsePolicyDocument(version?.Document),
      });
    }
    return { items: [], next: output.IsTruncated ? output.Marker : undefined };
  });
  return result;
}

function principal(
  kind: IamPrincipal['kind'],
  name: string | undefined,
  arn: string | undefined,
  inline: PolicyDetail[] | undefined,
  attached: AttachedPolicy[] | undefined,
): IamPrincipal {
  return {
    kind,
    name: name ?? '',
    arn: arn ?? '',
    inlinePolicies: (inline ?? []).map((policy) => ({
      name: policy.PolicyName ?? '',
      document: parsePolicyDocument(policy.PolicyDocument),
    })),
    attachedPolicies: (attached ?? []).map((policy) => ({
      name: policy.PolicyName ?? '',
      arn: policy.PolicyArn ?? '',
    })),
  };
}
