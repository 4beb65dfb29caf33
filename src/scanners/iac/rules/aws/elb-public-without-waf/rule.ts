import { label } from '../../../aws/aws-resource';
import { applicationLoadBalancers, hasWebAcl, isInternetFacing } from '../../../aws/load-balancer-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-elb-public-without-waf',
    title: 'Internet-facing application load balancer has no WAF',
    severity: 'medium',
    description:
      'An internet-facing load balancer without a web ACL passes every request to the application: SQL injection, known exploit payloads and bot floods reach the code unfiltered. The security baseline expects a WAF in front of web applications.',
    remediation:
      'Associate an AWS WAF web ACL with the load balancer (`aws_wafv2_web_acl_association`, `AWS::WAFv2::WebACLAssociation`) using at least the AWS managed core rule set.',
    links: [
      'https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html',
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
    aliases: ['CKV2_AWS_28'],
  },
  check(model) {
    return applicationLoadBalancers(model)
      .filter((lb) => isInternetFacing(lb) && !hasWebAcl(model, lb))
      .map((lb) => flag(lb, undefined, `${label(lb)} is internet-facing and has no WAF web ACL associated`));
  },
};

export default rule;
