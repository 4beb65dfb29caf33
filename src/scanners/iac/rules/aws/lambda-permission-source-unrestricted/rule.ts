import { label, readText } from '../../../aws/aws-resource';
import { isSet, lambdaPermissions } from '../../../aws/lambda-permissions-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-lambda-permission-source-unrestricted',
    title: 'Lambda permission for an AWS service does not name the source resource',
    severity: 'medium',
    description:
      'A permission granted to a service principal (`s3.amazonaws.com`, `sns.amazonaws.com`, `events.amazonaws.com`) without a source ARN or account lets that service invoke the function on behalf of any resource, including buckets, topics and rules in other accounts: the confused-deputy problem.',
    remediation:
      'Set `source_arn` (`SourceArn`) to the bucket, topic or rule that invokes the function, and `source_account` (`SourceAccount`) to your account.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html#permissions-resource-serviceinvoke',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'compute',
    compliance: {
      'nist-800-53-r5': ['AC-3'],
      'soc2-2017': ['CC6.1'],
    },
    aliases: ['AVD-AWS-0067', 'aws-lambda-restrict-source-arn'],
  },
  check(model) {
    return lambdaPermissions(model)
      .filter((permission) => (readText(permission.principal.node) ?? '').endsWith('.amazonaws.com'))
      .filter((permission) => !isSet(permission.sourceArn) && !isSet(permission.sourceAccount))
      .map(({ principal }) =>
        flag(
          principal.resource,
          principal.node,
          `${label(principal.resource)} lets ${readText(principal.node)} invoke the function for any source resource`,
        ),
      );
  },
};

export default rule;
