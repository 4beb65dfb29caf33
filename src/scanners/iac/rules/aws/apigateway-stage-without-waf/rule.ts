import { label } from '../../../aws/aws-resource';
import { hasWebAcl, isPrivateApi } from '../../../aws/load-balancer-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-apigateway-stage-without-waf',
    title: 'Public API Gateway stage has no WAF',
    severity: 'medium',
    description:
      'A REST API stage reachable from the internet without a web ACL exposes every backend integration to injection payloads, credential stuffing and request floods that a WAF would filter.',
    remediation:
      'Associate an AWS WAF web ACL with the stage (`aws_wafv2_web_acl_association` with the stage ARN, `AWS::WAFv2::WebACLAssociation`), or make the API private.',
    links: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_association',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'SI-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['6.4.1', '6.4.2'],
    },
    aliases: ['CKV2_AWS_29'],
  },
  check(model) {
    return model
      .ofTypes(['aws_api_gateway_stage', 'AWS::ApiGateway::Stage'])
      .filter((stage) => !isPrivateApi(model, stage) && !hasWebAcl(model, stage))
      .map((stage) => flag(stage, undefined, `API stage ${label(stage)} has no WAF web ACL associated`));
  },
};

export default rule;
