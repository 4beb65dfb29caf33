import { label, prop, readText } from '../../../aws/aws-resource';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-lambda-function-url-public',
    title: 'Lambda function URL requires no authentication',
    severity: 'high',
    description:
      'A function URL with auth type NONE is an HTTPS endpoint anyone on the internet can call. Unless the function authenticates every request itself, its role is exposed to the world, and every call is billed to you.',
    remediation:
      'Set `authorization_type = "AWS_IAM"` (`AuthType: AWS_IAM`) and sign requests with SigV4, or put the function behind API Gateway with an authorizer.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'compute',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'IA-2'],
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'pci-dss-4.0': ['8.3.1'],
    },
    aliases: ['CKV_AWS_258'],
  },
  check(model) {
    const urls = [
      ...model.ofType('aws_lambda_function_url').map((resource) => prop(resource, 'authorization_type')),
      ...model.ofType('AWS::Lambda::Url').map((resource) => prop(resource, 'AuthType')),
    ];
    return urls
      .filter((auth) => readText(auth.node)?.toUpperCase() === 'NONE')
      .map((auth) =>
        flag(
          auth.resource,
          auth.node,
          `${auth.name} NONE on ${label(auth.resource)}: anyone on the internet can call the function`,
        ),
      );
  },
};

export default rule;
