import type { RegionAuditRule } from '../../../engine/audit-rule';
import { regionalArn } from '../shared/arns';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-ec2-imdsv2-not-required',
    title: 'EC2 instance accepts IMDSv1 requests',
    severity: 'high',
    description:
      "IMDSv1 answers any HTTP GET to 169.254.169.254, so a server-side request forgery bug in an application on the instance is enough to steal the instance role's credentials. IMDSv2 requires a session token obtained with a PUT, which such bugs cannot send.",
    remediation:
      'Require IMDSv2 (aws ec2 modify-instance-metadata-options --instance-id <id> --http-tokens required), and set the account default for new instances with aws ec2 modify-instance-metadata-defaults --http-tokens required.',
    links: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'compute',
    compliance: { 'cis-aws-4.0.1': ['5.7'], 'nist-800-53-r5': ['AC-3', 'AC-6'], 'soc2-2017': ['CC6.1'] },
    aliases: ['ec2_instance_imdsv2_enabled'],
  },
  scope: 'region',
  needs: ['ec2.instances'],
  check(context) {
    const instances = context.get('ec2.instances') ?? [];
    return instances.flatMap((instance) => {
      const options = instance.MetadataOptions;
      if (
        !instance.InstanceId ||
        !options ||
        options.HttpEndpoint === 'disabled' ||
        options.HttpTokens !== 'optional'
      )
        return [];
      return [
        context.flag(
          regionalArn(context, 'ec2', `instance/${instance.InstanceId}`),
          `Instance ${instance.InstanceId} accepts IMDSv1 requests (HttpTokens is optional).`,
        ),
      ];
    });
  },
};

export default rule;
