import { at, label, prop, properties, readText } from '../../../aws/aws-resource';
import { adminAccess, NAMED_GRANT_TYPES, type NamedAdminGrant } from '../../../aws/iam-attachments';
import { referencedBy } from '../../../aws/resource-links';
import type { Violation } from '../../../../../core/engine';
import { gathered, PartsByScope } from '../../../gathered-check';
import type { IacModel } from '../../../model/iac-model';
import type { ModelNode } from '../../../model/node';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';

const FUNCTION_TYPES = ['aws_lambda_function', 'AWS::Lambda::Function', 'AWS::Serverless::Function'];
const ROLE_TYPES = ['aws_iam_role', 'AWS::IAM::Role'];

const rule: IacRule = {
  meta: {
    id: 'aws-lambda-admin-role',
    title: 'Lambda function runs with an administrator role',
    severity: 'high',
    description:
      'A function runs its code, and every dependency of it, with its execution role. An injection flaw or a compromised package in a function whose role is an administrator becomes a takeover of the whole account.',
    remediation:
      'Give each function its own role with only the actions and resources it uses; AWSLambdaBasicExecutionRole plus specific grants is the usual start.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
      'https://docs.aws.amazon.com/lambda/latest/operatorguide/least-privilege.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.5'],
    },
    aliases: [],
  },
  ...gathered({ gather, settle }),
};

/** A function and a role it runs as, and why that role is an administrator if its own scope says so. */
interface FunctionRole {
  fn: Resource;
  role: Resource;
  node: ModelNode | undefined;
  why?: string;
}

interface Part {
  functions: FunctionRole[];
  /** Administrator policies this scope attaches to roles by their literal name, perhaps in another stack. */
  grants: NamedAdminGrant[];
}

function gather(model: IacModel): Map<string, Part> {
  const parts = new PartsByScope<Part>(() => ({ functions: [], grants: [] }));
  const fns = model.ofTypes(FUNCTION_TYPES);
  // Every policy and attachment is read to find admin roles: only where there is a function or a grant.
  const access =
    fns.length > 0 || model.ofTypes(NAMED_GRANT_TYPES).length > 0 ? adminAccess(model) : undefined;
  for (const fn of fns) {
    const role = prop(fn, fn.format === 'cloudformation' ? 'Role' : 'role');
    const { functions } = parts.of(fn);
    for (const target of referencedBy(model, fn, role.name, role.node, ROLE_TYPES)) {
      const why = access?.roles.get(target);
      functions.push(
        why ? { fn, role: target, node: role.node, why } : { fn, role: target, node: role.node },
      );
    }
  }
  for (const grant of access?.grants ?? []) parts.in(grant.scope).grants.push(grant);
  return parts.parts;
}

function settle(parts: Part[]): Violation[] {
  const grants = new Map<string, string>();
  for (const grant of parts.flatMap((part) => part.grants)) {
    const key = `${grant.format}\0${grant.name}`;
    if (!grants.has(key)) grants.set(key, grant.why);
  }
  const violations: Violation[] = [];
  for (const { fn, role, node, why } of parts.flatMap((part) => part.functions)) {
    const family = role.format === 'cloudformation' ? 'cloudformation' : 'terraform';
    const because = why ?? grants.get(`${family}\0${roleName(role)}`);
    if (because)
      violations.push(
        flag(fn, node, `${label(fn)} runs as ${label(role)}, an administrator role (${because})`),
      );
  }
  return violations;
}

function roleName(role: Resource): string | undefined {
  return readText(at(properties(role), role.format === 'cloudformation' ? 'RoleName' : 'name'));
}

export default rule;
