import { label, prop } from '../../../aws/aws-resource';
import { ADMIN_ROLE_SOURCES, adminRoles } from '../../../aws/iam-attachments';
import { referencedBy } from '../../../aws/resource-links';
import type { Violation } from '../../../../../core/engine';
import { flag, type IacRule } from '../../../model/violation';

const FUNCTION_TYPES = ['aws_lambda_function', 'AWS::Lambda::Function', 'AWS::Serverless::Function'];

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
  // A policy may be attached to a role by its literal name from another stack (see adminRoles).
  acrossRoots: { kind: 'whole-scan', types: ['aws_lambda_function', ...ADMIN_ROLE_SOURCES] },
  check(model) {
    const functions = model.ofType(...FUNCTION_TYPES);
    // Every policy and attachment of the scan is read to find admin roles: not for a scan without functions.
    if (functions.length === 0) return [];
    const admins = adminRoles(model);
    const violations: Violation[] = [];
    for (const fn of functions) {
      const role = prop(fn, fn.format === 'cloudformation' ? 'Role' : 'role');
      for (const target of referencedBy(model, fn, role.name, role.node, [
        'aws_iam_role',
        'AWS::IAM::Role',
      ])) {
        const why = admins.get(target);
        if (why)
          violations.push(
            flag(fn, role.node, `${label(fn)} runs as ${label(target)}, an administrator role (${why})`),
          );
      }
    }
    return violations;
  },
};

export default rule;
