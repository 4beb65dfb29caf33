import { label, readText } from '../../../aws/aws-resource';
import { isSet, lambdaPermissions } from '../../../aws/lambda-permissions-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-lambda-permission-public',
    title: 'Lambda function can be invoked by anyone',
    severity: 'critical',
    description:
      'A Lambda permission whose principal is `*`, with no source account, source ARN or organization, lets any AWS account (and, for function URLs, any caller on the internet) run the function and everything its role can reach.',
    remediation:
      'Name the account or service that invokes the function in `principal`, and set `source_arn` and `source_account` (`SourceArn`, `SourceAccount`), or `principal_org_id` for callers across your organization.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'compute',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['CKV_AWS_301'],
  },
  check(model) {
    return lambdaPermissions(model)
      .filter((permission) => readText(permission.principal.node) === '*')
      .filter(
        (permission) =>
          !isSet(permission.sourceArn) && !isSet(permission.sourceAccount) && !isSet(permission.principalOrg),
      )
      .map(({ principal }) =>
        flag(
          principal.resource,
          principal.node,
          `${principal.name} "*" of ${label(principal.resource)} lets any AWS account invoke the function`,
        ),
      );
  },
};

export default rule;
