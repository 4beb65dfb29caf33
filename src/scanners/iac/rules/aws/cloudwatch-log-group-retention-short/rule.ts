import { readNumber } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-cloudwatch-log-group-retention-short',
    title: 'CloudWatch log group keeps logs for less than a year',
    severity: 'low',
    description:
      'Intrusions are often found months later. Logs kept for only days or weeks are gone when the investigation needs them; PCI DSS asks for twelve months, and the security baseline keeps its logs for 365 days.',
    remediation:
      'Set `retention_in_days` (`RetentionInDays`) to 365 or more, or export older logs to S3 with a lifecycle policy.',
    links: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#retention_in_days',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-11'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.5.1'],
    },
    aliases: ['CKV_AWS_338'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_cloudwatch_log_group', path: 'retention_in_days' },
        { type: 'AWS::Logs::LogGroup', path: 'RetentionInDays' },
      ],
      (setting) => {
        const days = readNumber(setting.node);
        return typeof days === 'number' && days > 0 && days < 365
          ? `${setting.name} is ${days}, under a year`
          : undefined;
      },
    ),
};

export default rule;
