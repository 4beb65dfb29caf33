import { readText } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

/** Elastic Load Balancing predefined policies whose minimum protocol is TLS 1.0 or 1.1. */
const OUTDATED =
  /^ELBSecurityPolicy-(2015-05|2016-08|TLS-1-0-|TLS-1-1-|FS-2018-06|FS-1-1-|TLS13-1-0-|TLS13-1-1-)/;

const rule: IacRule = {
  meta: {
    id: 'aws-elb-outdated-tls-policy',
    title: 'Load balancer listener accepts TLS 1.0 or 1.1',
    severity: 'high',
    description:
      'TLS 1.0 and 1.1 have known weaknesses and are deprecated by the IETF; a listener policy that still offers them lets a downgrade or an old client weaken every connection. PCI DSS requires strong cryptography on public networks.',
    remediation:
      'Set `ssl_policy` (`SslPolicy`) to a TLS 1.2+ policy such as `ELBSecurityPolicy-TLS13-1-2-2021-06`.',
    links: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#ssl_policy',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-8(1)', 'SC-13'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AWS_103', 'AVD-AWS-0047', 'aws-elb-use-secure-tls-policy'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_lb_listener', path: 'ssl_policy' },
        { type: 'aws_alb_listener', path: 'ssl_policy' },
        { type: 'AWS::ElasticLoadBalancingV2::Listener', path: 'SslPolicy' },
      ],
      (setting) => {
        const policy = readText(setting.node);
        return policy && policy !== 'unknown' && OUTDATED.test(policy)
          ? `${setting.name} ${policy} still accepts TLS 1.0 or 1.1`
          : undefined;
      },
    ),
};

export default rule;
