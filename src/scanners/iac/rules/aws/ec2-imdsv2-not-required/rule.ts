import { at, readText } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const TARGETS = [
  { type: 'aws_instance', path: 'metadata_options.http_tokens' },
  { type: 'aws_launch_template', path: 'metadata_options.http_tokens' },
  { type: 'aws_launch_configuration', path: 'metadata_options.http_tokens' },
  { type: 'AWS::EC2::LaunchTemplate', path: 'LaunchTemplateData.MetadataOptions.HttpTokens' },
  { type: 'AWS::AutoScaling::LaunchConfiguration', path: 'MetadataOptions.HttpTokens' },
];

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-imdsv2-not-required',
    title: 'Instance metadata service does not require IMDSv2 tokens',
    severity: 'high',
    description:
      'IMDSv1 answers any GET request from the instance, so a server-side request forgery in the application or a misconfigured proxy hands out the instance role credentials. IMDSv2 requires a session token obtained with a PUT, which those attacks cannot send.',
    remediation:
      'Set `metadata_options { http_tokens = "required" }` on instances, launch templates and launch configurations (`MetadataOptions: { HttpTokens: required }`), or disable the endpoint when it is not used.',
    links: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'compute',
    compliance: {
      'cis-aws-3.0': ['5.6'],
      'nist-800-53-r5': ['AC-3', 'CM-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: [
      'CKV_AWS_79',
      'AVD-AWS-0028',
      'AVD-AWS-0130',
      'aws-ec2-enforce-http-token-imds',
      'aws-ec2-enforce-launch-config-http-token-imds',
    ],
  },
  check: (model) =>
    settingFindings(model, TARGETS, (setting) => {
      const endpoint = readText(
        at(setting.anchor, setting.resource.format === 'cloudformation' ? 'HttpEndpoint' : 'http_endpoint'),
      );
      if (endpoint === 'disabled') return undefined;
      // An instance launched from a template takes its metadata options from it.
      if (
        !setting.node &&
        setting.resource.type === 'aws_instance' &&
        at(setting.resource.body, 'launch_template')
      )
        return undefined;
      const tokens = readText(setting.node);
      if (tokens === 'unknown' || tokens === 'required') return undefined;
      return tokens === undefined
        ? `${setting.name} is not set, so IMDSv1 stays available`
        : `${setting.name} is "${tokens}", so IMDSv1 stays available`;
    }),
};

export default rule;
