import { readText } from '../../../aws/aws-resource';
import { decodeUserData, secretInText } from '../../../aws/plaintext-secrets';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const TARGETS = [
  { type: 'aws_instance', path: 'user_data' },
  { type: 'aws_instance', path: 'user_data_base64' },
  { type: 'aws_launch_template', path: 'user_data' },
  { type: 'aws_launch_configuration', path: 'user_data' },
  { type: 'AWS::EC2::Instance', path: 'UserData' },
  { type: 'AWS::EC2::LaunchTemplate', path: 'LaunchTemplateData.UserData' },
  { type: 'AWS::AutoScaling::LaunchConfiguration', path: 'UserData' },
];

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-user-data-secret',
    title: 'EC2 user data contains a credential',
    severity: 'critical',
    description:
      'User data is readable by anyone who can describe the instance or launch template, and by every process on the instance through the metadata service. Access keys, passwords or private keys written into it leak to all of them.',
    remediation:
      'Give the instance an IAM role instead of access keys, and fetch other secrets at boot from Secrets Manager or SSM Parameter Store.',
    links: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['IA-5(7)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.6.2'],
    },
    aliases: ['CKV_AWS_46', 'AVD-AWS-0029', 'aws-ec2-no-secrets-in-user-data'],
  },
  check: (model) =>
    settingFindings(model, TARGETS, (setting) => {
      const text = readText(setting.node);
      if (text === undefined || text === 'unknown') return undefined;
      const what = secretInText(decodeUserData(text));
      return what ? `${setting.name} contains ${what}` : undefined;
    }),
};

export default rule;
