import type { PolicyDocument, PolicyStatement } from './iam-policy';
import { appliesBroadly, broadGrant } from './iam-statements';

/**
 * Permission sets that let a principal raise its own privileges, from AWS's IAM
 * documentation of what each action allows: rewrite or attach policies, mint
 * credentials for other users, or hand a more privileged role to a compute
 * service and run code as it.
 */
export interface EscalationPath {
  actions: readonly string[];
  how: string;
}

export const ESCALATION_PATHS: readonly EscalationPath[] = [
  { actions: ['iam:CreatePolicyVersion'], how: 'publish a new default version of a policy it holds' },
  { actions: ['iam:SetDefaultPolicyVersion'], how: 'switch a policy it holds to a broader version' },
  {
    actions: ['iam:AttachUserPolicy'],
    how: 'attach any managed policy, AdministratorAccess included, to a user',
  },
  { actions: ['iam:AttachGroupPolicy'], how: 'attach any managed policy to a group it belongs to' },
  { actions: ['iam:AttachRolePolicy'], how: 'attach any managed policy to a role it can assume' },
  { actions: ['iam:PutUserPolicy'], how: 'write an inline policy granting anything to a user' },
  { actions: ['iam:PutGroupPolicy'], how: 'write an inline policy granting anything to a group' },
  { actions: ['iam:PutRolePolicy'], how: 'write an inline policy granting anything to a role' },
  { actions: ['iam:AddUserToGroup'], how: 'join a more privileged group' },
  { actions: ['iam:CreateAccessKey'], how: 'create access keys for another user' },
  { actions: ['iam:CreateLoginProfile'], how: 'set a console password for another user' },
  { actions: ['iam:UpdateLoginProfile'], how: "change another user's console password" },
  { actions: ['iam:UpdateAssumeRolePolicy'], how: 'rewrite the trust policy of any role to let itself in' },
  {
    actions: ['iam:DeleteRolePermissionsBoundary'],
    how: 'remove the permissions boundary that limits a role',
  },
  {
    actions: ['iam:DeleteUserPermissionsBoundary'],
    how: 'remove the permissions boundary that limits a user',
  },
  {
    actions: ['iam:PutRolePermissionsBoundary'],
    how: 'replace the permissions boundary of a role with a broader one',
  },
  {
    actions: ['iam:PutUserPermissionsBoundary'],
    how: 'replace the permissions boundary of a user with a broader one',
  },
  {
    actions: ['iam:PassRole', 'ec2:RunInstances'],
    how: 'launch an instance with a more privileged role and read its credentials',
  },
  {
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    how: 'run a function as a more privileged role',
  },
  {
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    how: 'run a function as a more privileged role from an event source',
  },
  {
    actions: ['lambda:UpdateFunctionCode'],
    how: 'replace the code of a function that runs with a more privileged role',
  },
  {
    actions: ['iam:PassRole', 'glue:CreateDevEndpoint'],
    how: 'open a Glue development endpoint running as a more privileged role',
  },
  {
    actions: ['glue:UpdateDevEndpoint'],
    how: 'add its own SSH key to a Glue endpoint running as another role',
  },
  {
    actions: ['iam:PassRole', 'cloudformation:CreateStack'],
    how: 'deploy a stack with a more privileged service role',
  },
  {
    actions: ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask'],
    how: 'run a container task as a more privileged role',
  },
  {
    actions: ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'],
    how: 'run a build as a more privileged role',
  },
  {
    actions: [
      'iam:PassRole',
      'sagemaker:CreateNotebookInstance',
      'sagemaker:CreatePresignedNotebookInstanceUrl',
    ],
    how: 'open a notebook running as a more privileged role',
  },
  {
    actions: ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
    how: 'run pipeline activities as a more privileged role',
  },
];

export interface Escalation {
  path: EscalationPath;
  /** The statement that grants the path's first action, where a finding points. */
  statement: PolicyStatement;
}

/** The escalation paths a document grants in full, each action on every resource and without conditions. */
export function escalations(document: PolicyDocument): Escalation[] {
  const found: Escalation[] = [];
  // Most documents have no unconditional Allow on every resource: then no path is granted in full.
  if (!document.statements.some(mayGrantBroadly)) return found;
  const grants = new Map<string, PolicyStatement | undefined>();
  const grantOf = (action: string) => {
    if (!grants.has(action)) grants.set(action, broadGrant(document.statements, action));
    return grants.get(action);
  };
  for (const path of ESCALATION_PATHS) {
    const statements = path.actions.map(grantOf);
    if (statements.every((statement) => statement !== undefined))
      found.push({ path, statement: statements[0]! });
  }
  return found;
}

/** What `broadGrant` requires of a statement before it looks at the actions. */
function mayGrantBroadly(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.conditions.length === 0 &&
    !statement.conditionUnknown &&
    appliesBroadly(statement) === true
  );
}
