import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, entriesOf, isCloudFormation, properties, readText } from './aws-resource';
import { isAdminStatement } from './iam-statements';
import { IDENTITY_POLICY_TYPES, identityPolicies } from './policy-documents-view';
import { inScopeOf, linkedResources, pointsAt, referencedBy, sameScope } from './resource-links';

const ADMIN_POLICY = /:policy\/AdministratorAccess$/;

/** A managed-policy ARN (written out, or built with `!Sub`) that is AWS's AdministratorAccess. */
export function isAdministratorAccessArn(node: ModelNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'unknown') return /policy\/AdministratorAccess$/.test(node.reason.trim());
  const value = readText(node);
  return value !== undefined && value !== 'unknown' && ADMIN_POLICY.test(value);
}

/** Where a managed policy is attached: the attachment's policy ARN node and what it is attached to. */
export interface Attachment {
  /** The resource that declares the attachment (a `*_policy_attachment`, or the role or user itself). */
  resource: Resource;
  policyArn: ModelNode;
  /** The argument or property that names the policy, as written. */
  name: string;
  /** The IAM roles, users or groups in the scan it attaches to. */
  targets: Resource[];
}

const ATTACHMENT_TYPES: { type: string; target: string; targetTypes: string[] }[] = [
  { type: 'aws_iam_role_policy_attachment', target: 'role', targetTypes: ['aws_iam_role'] },
  { type: 'aws_iam_user_policy_attachment', target: 'user', targetTypes: ['aws_iam_user'] },
  { type: 'aws_iam_group_policy_attachment', target: 'group', targetTypes: ['aws_iam_group'] },
  { type: 'aws_iam_policy_attachment', target: 'roles', targetTypes: ['aws_iam_role'] },
  { type: 'aws_iam_policy_attachment', target: 'users', targetTypes: ['aws_iam_user'] },
  { type: 'aws_iam_policy_attachment', target: 'groups', targetTypes: ['aws_iam_group'] },
];

const PRINCIPAL_TYPES = [
  'aws_iam_role',
  'aws_iam_user',
  'aws_iam_group',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
];

/** The types `adminRoles` reads: identity policies, attachments and the principals they name. */
export const ADMIN_ROLE_SOURCES: readonly string[] = [
  ...new Set([...IDENTITY_POLICY_TYPES, ...ATTACHMENT_TYPES.map(({ type }) => type), ...PRINCIPAL_TYPES]),
];

/** Every managed-policy attachment of the scan: Terraform attachment resources, `managed_policy_arns`, `ManagedPolicyArns`. */
export function policyAttachments(model: IacModel): Attachment[] {
  return model.view('aws:policy-attachments', () => {
    const attachments: Attachment[] = [];
    for (const { type, target, targetTypes } of ATTACHMENT_TYPES) {
      for (const resource of model.ofType(type)) {
        const policyArn = at(properties(resource), 'policy_arn');
        const targetNode = at(properties(resource), target);
        if (!policyArn || !targetNode) continue;
        const referenced = referencedBy(model, resource, target, targetNode, targetTypes);
        const targets = withNamed(model, targetTypes, literalNames(targetNode), referenced);
        attachments.push({ resource, policyArn, name: 'policy_arn', targets });
      }
    }
    for (const principal of model.ofType(...PRINCIPAL_TYPES)) {
      const key = isCloudFormation(principal) ? 'ManagedPolicyArns' : 'managed_policy_arns';
      for (const [index, policyArn] of entriesOf(at(properties(principal), key)).entries()) {
        attachments.push({
          resource: principal,
          policyArn,
          name: isCloudFormation(principal) ? `${key}[${index}]` : key,
          targets: [principal],
        });
      }
    }
    return attachments;
  });
}

/**
 * The principals of the given types named by a literal (anywhere in the scan) or
 * referenced (in scope), in model order.
 */
function withNamed(model: IacModel, types: string[], names: string[], referenced: Resource[]): Resource[] {
  if (names.length === 0) return referenced;
  const index = model.view(`aws:principals-by-name:${types.join(',')}`, () => {
    const byName = new Map<string, Resource[]>();
    const order = new Map<Resource, number>();
    model.ofType(...types).forEach((principal, position) => {
      order.set(principal, position);
      const name = readText(at(properties(principal), 'name')) ?? '';
      const list = byName.get(name);
      if (list) list.push(principal);
      else byName.set(name, [principal]);
    });
    return { byName, order };
  });
  const found = new Set(referenced);
  for (const name of names) for (const principal of index.byName.get(name) ?? []) found.add(principal);
  return [...found].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** Whether a value writes out one of the names (a string, or a list holding one), ignoring references. */
function writesName(node: ModelNode | undefined, names: readonly string[]): boolean {
  if (node?.kind === 'scalar') return typeof node.value === 'string' && names.includes(node.value);
  return node?.kind === 'list' && node.items.some((item) => writesName(item, names));
}

function literalNames(node: ModelNode): string[] {
  return (node.kind === 'list' ? node.items : [node])
    .map((item) => readText(item))
    .filter((name): name is string => !!name && name !== 'unknown');
}

/**
 * IAM roles of the scan that hold administrator access, with how: AWS's
 * AdministratorAccess attached, or an inline or customer managed policy that allows "*" on "*".
 */
export function adminRoles(model: IacModel): Map<Resource, string> {
  return model.view('aws:admin-roles', () => {
    const admins = new Map<Resource, string>();
    const adminPolicies = new Set<Resource>();
    for (const view of identityPolicies(model)) {
      if (!view.document.statements.some((statement) => isAdminStatement(statement))) continue;
      if (view.holder === 'role' && PRINCIPAL_TYPES.includes(view.owner.type))
        admins.set(view.owner, `its inline policy allows "*" on "*"`);
      if (view.holder === 'managed') adminPolicies.add(view.owner);
      if (view.owner.type === 'AWS::IAM::Policy' || view.owner.type === 'AWS::IAM::ManagedPolicy') {
        const roles = at(properties(view.owner), 'Roles');
        for (const role of model.ofType('AWS::IAM::Role')) {
          const names = [readText(at(properties(role), 'RoleName')) ?? '\0'];
          // A reference (!Ref) names a role of the same template; a name written out may be any role.
          const named = sameScope(role, view.owner) ? pointsAt(roles, role, names) : writesName(roles, names);
          if (named) admins.set(role, `${view.owner.address} allows "*" on "*"`);
        }
      }
      if (view.owner.type === 'aws_iam_role_policy') {
        for (const role of linkedRolesOf(model, view.owner))
          admins.set(role, `${view.owner.address} allows "*" on "*"`);
      }
    }
    for (const attachment of policyAttachments(model)) {
      const admin = isAdministratorAccessArn(attachment.policyArn)
        ? 'AdministratorAccess is attached'
        : [...adminPolicies].some(
              (policy) =>
                // Addresses are only unique within a root module: the policy must be in the attachment's.
                sameScope(attachment.resource, policy) &&
                pointsAt(attachment.policyArn, policy, [], {
                  holder: attachment.resource,
                  attribute: attachment.name.split('[')[0]!,
                }),
            )
          ? 'an attached policy allows "*" on "*"'
          : undefined;
      if (!admin) continue;
      for (const target of attachment.targets) if (/role/i.test(target.type)) admins.set(target, admin);
    }
    return admins;
  });
}

/** Roles an `aws_iam_role_policy` belongs to; links never cross a scope, so only its own scope is searched. */
function linkedRolesOf(model: IacModel, rolePolicy: Resource): Resource[] {
  return inScopeOf(model, rolePolicy, ['aws_iam_role']).filter((role) =>
    linkedResources(model, role, ['aws_iam_role_policy'], 'role', [
      readText(at(properties(role), 'name')) ?? '\0',
    ]).resources.includes(rolePolicy),
  );
}
