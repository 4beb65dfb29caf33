import type { Violation } from '../../../../../core/engine';
import {
  at,
  entriesOf,
  isCloudFormation,
  label,
  prop,
  properties,
  readText,
} from '../../../aws/aws-resource';
import type { ModelNode } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';

const LISTENER_TYPES = ['aws_lb_listener', 'aws_alb_listener', 'AWS::ElasticLoadBalancingV2::Listener'];

const rule: IacRule = {
  meta: {
    id: 'aws-elb-http-listener-no-redirect',
    title: 'Load balancer listener serves plain HTTP without redirecting to HTTPS',
    severity: 'high',
    description:
      'An HTTP listener that forwards traffic sends requests, cookies and credentials in clear text across the internet, where anyone on the path can read or change them.',
    remediation:
      'Make the HTTP listener redirect to HTTPS (`default_action { type = "redirect" redirect { protocol = "HTTPS" port = "443" status_code = "HTTP_301" } }`, or a `redirect` action in `DefaultActions`) and serve the application on an HTTPS listener.',
    links: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#redirect-action',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_AWS_2', 'CKV2_AWS_20', 'AVD-AWS-0054', 'aws-elb-http-not-used'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const listener of model.ofTypes(LISTENER_TYPES)) {
      const cfn = isCloudFormation(listener);
      const protocol = prop(listener, cfn ? 'Protocol' : 'protocol');
      if (readText(protocol.node) !== 'HTTP') continue;
      const actions = entriesOf(at(properties(listener), cfn ? 'DefaultActions' : 'default_action'));
      // Only listeners whose every action serves the request over HTTP are flagged; a redirect (or anything unknown) is not.
      const serves = (action: ModelNode) =>
        ['forward', 'fixed-response'].includes(readText(at(action, cfn ? 'Type' : 'type')) ?? '');
      if (actions.length === 0 || !actions.every(serves)) continue;
      violations.push(
        flag(
          listener,
          protocol.node,
          `${label(listener)} serves HTTP and forwards it instead of redirecting to HTTPS`,
        ),
      );
    }
    return violations;
  },
};

export default rule;
