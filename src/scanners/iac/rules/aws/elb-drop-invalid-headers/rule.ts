import type { Violation } from '../../../../../core/engine';
import { flagNode, isCloudFormation, label, prop, readBool, readText } from '../../../aws/aws-resource';
import { applicationLoadBalancers, loadBalancerAttribute } from '../../../aws/load-balancer-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-elb-drop-invalid-headers',
    title: 'Application load balancer passes invalid HTTP headers to targets',
    severity: 'low',
    description:
      'Headers with invalid names reach the application unless the load balancer drops them; request smuggling and header injection attacks use exactly such headers to confuse proxies and backends.',
    remediation:
      'Set `drop_invalid_header_fields = true`, or the load balancer attribute `routing.http.drop_invalid_header_fields.enabled` to `true` in CloudFormation.',
    links: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#drop_invalid_header_fields',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['6.4.1'],
    },
    aliases: ['CKV_AWS_131', 'AVD-AWS-0052', 'aws-elb-drop-invalid-headers'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const lb of applicationLoadBalancers(model)) {
      if (isCloudFormation(lb)) {
        const attribute = loadBalancerAttribute(lb, 'routing.http.drop_invalid_header_fields.enabled');
        if (readBool(attribute?.value) === 'unknown' || readBool(attribute?.value) === true) continue;
        violations.push(
          flag(
            lb,
            attribute?.value,
            `${label(lb)}: routing.http.drop_invalid_header_fields.enabled is ${attribute ? readText(attribute.value) : 'not set (false)'}`,
          ),
        );
        continue;
      }
      const setting = prop(lb, 'drop_invalid_header_fields');
      const value = readBool(setting.node);
      if (value === false || value === undefined)
        violations.push(
          flag(
            lb,
            flagNode(setting),
            `${label(lb)}: drop_invalid_header_fields is ${value === false ? 'false' : 'not set (false)'}`,
          ),
        );
    }
    return violations;
  },
};

export default rule;
