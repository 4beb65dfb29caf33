import { readBool } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

/** Where each type lists its block devices, and the path of `encrypted` inside one. */
const DEVICES: [string, string[]][] = [
  ['aws_instance', ['root_block_device.encrypted', 'ebs_block_device.*.encrypted']],
  ['aws_launch_configuration', ['root_block_device.encrypted', 'ebs_block_device.*.encrypted']],
  ['aws_launch_template', ['block_device_mappings.*.ebs.encrypted']],
  ['AWS::EC2::Instance', ['BlockDeviceMappings.*.Ebs.Encrypted']],
  ['AWS::AutoScaling::LaunchConfiguration', ['BlockDeviceMappings.*.Ebs.Encrypted']],
  ['AWS::EC2::LaunchTemplate', ['LaunchTemplateData.BlockDeviceMappings.*.Ebs.Encrypted']],
];

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-block-device-unencrypted',
    title: 'Instance or launch template block device is not encrypted',
    severity: 'high',
    description:
      'Root and data volumes created from an instance, launch template or launch configuration with encryption turned off hold the operating system, application data and often credentials in clear on disk and in every snapshot.',
    remediation:
      'Set `encrypted = true` on `root_block_device`, `ebs_block_device` and `block_device_mappings.ebs` (`Encrypted: true` in `BlockDeviceMappings[].Ebs`), or turn on EBS encryption by default.',
    links: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ephemeral-and-root-block-devices',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-3.0': ['2.2.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AWS_8', 'AVD-AWS-0131', 'aws-ec2-enable-at-rest-encryption'],
  },
  check: (model) =>
    settingFindings(
      model,
      DEVICES.flatMap(([type, paths]) => paths.map((path) => ({ type, path }))),
      (setting) => (readBool(setting.node) === false ? `${setting.name} is false` : undefined),
    ),
};

export default rule;
