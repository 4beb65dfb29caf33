import type { AccountAuditRule } from '../../../engine/audit-rule';
import { ownTrails, trailName, trailRegion } from '../shared/trails';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-cloudtrail-log-validation-disabled',
    title: 'CloudTrail log file validation is off',
    severity: 'medium',
    description:
      'Log file validation makes CloudTrail deliver signed digest files, so anyone can prove later that a log file was not changed or deleted. Without it, tampered logs cannot be detected.',
    remediation:
      'Enable log file validation on the trail (aws cloudtrail update-trail --name <trail> --enable-log-file-validation).',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DescribeTrails.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-4.0.1': ['3.2'],
      'nist-800-53-r5': ['AU-9', 'SI-7'],
      'soc2-2017': ['CC7.3'],
      'pci-dss-4.0': ['10.3.2', '10.3.4'],
      'hipaa-security-rule': ['164.312(b)', '164.312(c)(1)'],
    },
    aliases: ['cloudtrail_log_file_validation_enabled'],
  },
  scope: 'account',
  needs: ['cloudtrail.trails'],
  check(context) {
    const trails = context.get('cloudtrail.trails');
    if (!trails) return [];
    return ownTrails(context, trails)
      .filter((record) => record.trail.LogFileValidationEnabled !== true)
      .map((record) =>
        context.flag(
          record.arn,
          `The ${trailName(record)} does not validate its log files.`,
          trailRegion(record),
        ),
      );
  },
};

export default rule;
