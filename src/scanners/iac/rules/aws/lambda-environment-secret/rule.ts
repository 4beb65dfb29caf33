import type { Violation } from '../../../../../core/engine';
import { at, isCloudFormation, label, properties, readText } from '../../../aws/aws-resource';
import { isSecretVariable } from '../../../aws/plaintext-secrets';
import { entries } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-lambda-environment-secret',
    title: 'Lambda function has a secret in its environment variables',
    severity: 'high',
    description:
      'Environment variables are stored with the function configuration and shown to anyone who can read it (`lambda:GetFunctionConfiguration`), in the console, in Terraform state and in CloudFormation templates. A password or key written there is not a secret any more.',
    remediation:
      'Keep the secret in Secrets Manager or SSM Parameter Store (SecureString) and read it at run time, or pass only its ARN in the environment.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['IA-5(7)', 'SC-28'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.6.2'],
    },
    aliases: ['CKV_AWS_45'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const fn of model.ofTypes([
      'aws_lambda_function',
      'AWS::Lambda::Function',
      'AWS::Serverless::Function',
    ])) {
      const variables = at(
        properties(fn),
        isCloudFormation(fn) ? 'Environment.Variables' : 'environment.variables',
      );
      for (const [name, node] of entries(variables)) {
        const value = readText(node);
        if (value === undefined || value === 'unknown') continue;
        const what = isSecretVariable(name, value);
        if (what)
          violations.push(
            flag(fn, node, `environment variable ${name} of ${label(fn)} holds ${what} in clear`),
          );
      }
    }
    return violations;
  },
};

export default rule;
