import { readBool } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-config-recorder-incomplete',
    title: 'AWS Config recorder is off or does not record all resources',
    severity: 'medium',
    description:
      'AWS Config keeps the configuration history that audits and investigations rely on (who opened that security group, and when). A recorder that is stopped, or limited to some resource types, leaves gaps exactly where nobody looked.',
    remediation:
      'Record all supported resources (`recording_group { all_supported = true }`, `RecordingGroup.AllSupported: true`) including global resource types in one region, and start the recorder with `aws_config_configuration_recorder_status { is_enabled = true }`.',
    links: [
      'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-3.0': ['3.3'],
      'nist-800-53-r5': ['CM-8', 'AU-12'],
      'soc2-2017': ['CC7.1'],
      'pci-dss-4.0': ['10.2.1'],
    },
    aliases: ['CKV2_AWS_45'],
  },
  check: (model) => [
    ...settingFindings(
      model,
      [
        { type: 'aws_config_configuration_recorder', path: 'recording_group.all_supported' },
        { type: 'AWS::Config::ConfigurationRecorder', path: 'RecordingGroup.AllSupported' },
      ],
      (setting) =>
        readBool(setting.node) === false
          ? `${setting.name} is false: some resource types are not recorded`
          : undefined,
    ),
    ...settingFindings(
      model,
      [{ type: 'aws_config_configuration_recorder_status', path: 'is_enabled' }],
      (setting) =>
        readBool(setting.node) === false ? `${setting.name} is false: the recorder is stopped` : undefined,
    ),
  ],
};

export default rule;
