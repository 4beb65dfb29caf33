import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, entriesOf, isCloudFormation, properties, readText } from './aws-resource';
import { isAdminStatement } from './iam-statements';
import { identityPolicies } from './policy-documents-view';
import { inScopeOf, linkedResources, pointsAt, referencedBy, sameScope, scopeOf } from './resource-links';

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
  /** The roles it names by their literal name (a Terraform attachment), which may be in other root modules. */
  roleNames?: string[];
}

const ATTACHMENT_TYPES: { type: string; target: string; targetTypes: string[] }[] = [
  { type: 'aws_iam_role_policy_attachment', target: 'role', targetTypes: ['aws_iam_role'] },
  { type: 'aws_iam_user_policy_attachment', target: 'user', targetTypes: ['aws_iam_user'] },
  { type: 'aws_iam_group_policy_attachment', target: 'group', targetTypes: ['aws_iam_group'] },
  { type: 'aws_iam_policy_attachment', target: 'roles', targetTypes: ['aws_iam_role'] },
  { type: 'aws_iam_policy_attachment', target: 'users', targetTypes: ['aws_iam_user'] },
  { type: 'aws_iam_policy_attachment', target: 'groups', targetTypes: ['aws_iam_group'] },
];

/** The types that may make a role an administrator by its literal name (`AdminAccess.grants`). */
export const NAMED_GRANT_TYPES: string[] = [
  ...new Set(ATTACHMENT_TYPES.map(({ type }) => type)),
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
];

const PRINCIPAL_TYPES = [
  'aws_iam_role',
  'aws_iam_user',
  'aws_iam_group',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
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
        const names = literalNames(targetNode);
        const targets = withNamed(model, targetTypes, names, referenced);
        const attachment: Attachment = { resource, policyArn, name: 'policy_arn', targets };
        if (targetTypes.includes('aws_iam_role') && names.length > 0) attachment.roleNames = names;
        attachments.push(attachment);
      }
    }
    for (const principal of model.ofTypes(PRINCIPAL_TYPES)) {
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
    model.ofTypes(types).forEach((principal, position) => {
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

function literalNames(node: ModelNode): string[] {
  return (node.kind === 'list' ? node.items : [node])
    .map((item) => readText(item))
    .filter((name): name is string => !!name && name !== 'unknown');
}

/** A role made an administrator by a policy that names it by its literal name, which any scope may hold. */
export interface NamedAdminGrant {
  /** Which roles the name is matched against: CloudFormation's `RoleName`, or Terraform's `name` (plans too). */
  format: 'terraform' | 'cloudformation';
  name: string;
  why: string;
  /** The scope of the policy or attachment that grants it. */
  scope: string;
}

export interface AdminAccess {
  /** Roles that hold administrator access by something in their own scope, with how. */
  roles: Map<Resource, string>;
  /** Administrator policies attached to roles by literal name: the roles may be in other scopes. */
  grants: NamedAdminGrant[];
}

/**
 * IAM roles of the model that hold administrator access, with how: AWS's
 * AdministratorAccess attached, or an inline or customer managed policy that allows "*" on "*".
 */
export function adminAccess(model: IacModel): AdminAccess {
  return model.view('aws:admin-access', () => {
    const roles = new Map<Resource, string>();
    const grants: NamedAdminGrant[] = [];
    const adminPolicies = new Set<Resource>();
    for (const view of identityPolicies(model)) {
      if (!view.document.statements.some((statement) => isAdminStatement(statement))) continue;
      if (view.holder === 'role' && PRINCIPAL_TYPES.includes(view.owner.type))
        roles.set(view.owner, `its inline policy allows "*" on "*"`);
      if (view.holder === 'managed') adminPolicies.add(view.owner);
      if (view.owner.type === 'AWS::IAM::Policy' || view.owner.type === 'AWS::IAM::ManagedPolicy') {
        const named = at(properties(view.owner), 'Roles');
        const why = `${view.owner.address} allows "*" on "*"`;
        const written = writtenNames(named);
        // A role of another template that the policy names is made an administrator through `grants`.
        for (const role of inScopeOf(model, view.owner, ['AWS::IAM::Role'])) {
          const name = readText(at(properties(role), 'RoleName')) ?? '\0';
          if (pointsAt(named, role, [name])) roles.set(role, why);
        }
        const scope = scopeOf(view.owner);
        for (const name of written) grants.push({ format: 'cloudformation', name, why, scope });
      }
      if (view.owner.type === 'aws_iam_role_policy') {
        for (const role of linkedRolesOf(model, view.owner))
          roles.set(role, `${view.owner.address} allows "*" on "*"`);
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
      for (const target of attachment.targets) {
        // A role of another root module named by the attachment is made an administrator through `grants`.
        if (/role/i.test(target.type) && sameScope(target, attachment.resource)) roles.set(target, admin);
      }
      if (attachment.roleNames) {
        const scope = scopeOf(attachment.resource);
        for (const name of attachment.roleNames)
          grants.push({ format: 'terraform', name, why: admin, scope });
      }
    }
    return { roles, grants };
  });
}

/** The literal strings of a value (a string, or a list of them). */
function writtenNames(node: ModelNode | undefined): string[] {
  if (node?.kind === 'scalar') return typeof node.value === 'string' ? [node.value] : [];
  return node?.kind === 'list' ? node.items.flatMap((item) => writtenNames(item)) : [];
}

/** Roles an `aws_iam_role_policy` belongs to; links never cross a scope, so only its own scope is searched. */
function linkedRolesOf(model: IacModel, rolePolicy: Resource): Resource[] {
  return inScopeOf(model, rolePolicy, ['aws_iam_role']).filter((role) =>
    linkedResources(model, role, ['aws_iam_role_policy'], 'role', [
      readText(at(properties(role), 'name')) ?? '\0',
    ]).resources.includes(rolePolicy),
  );
}
