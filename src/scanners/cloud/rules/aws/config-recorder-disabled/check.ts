import { accountResource, type RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-config-recorder-disabled',
    title: 'AWS Config is not recording in the region',
    severity: 'medium',
    description:
      'AWS Config keeps the configuration history of resources: what changed, when, and how resources relate. Without a recorder that records all resource types and is running, changes in the region cannot be reconstructed or evaluated.',
    remediation:
      'Set up AWS Config in every region with a recorder for all supported resource types (global types in one region), a delivery channel, and start it.',
    links: [
      'https://docs.aws.amazon.com/config/latest/developerguide/getting-started.html',
      'https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigurationRecorderStatus.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-4.0.1': ['3.3'],
      'nist-800-53-r5': ['CM-2', 'CM-8'],
      'soc2-2017': ['CC7.1', 'CC8.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(A)'],
    },
    aliases: ['config_recorder_all_regions_enabled'],
  },
  scope: 'region',
  needs: ['config.recorders'],
  check(context) {
    const config = context.get('config.recorders');
    if (!config) return [];
    const recording = config.recorders.some((recorder) => {
      const status = config.statuses.find((entry) => entry.name === recorder.name);
      const group = recorder.recordingGroup;
      const allTypes =
        group?.allSupported !== false &&
        (group?.recordingStrategy?.useOnly ?? 'ALL_SUPPORTED_RESOURCE_TYPES') ===
          'ALL_SUPPORTED_RESOURCE_TYPES';
      return allTypes && status?.recording === true && status.lastStatus !== 'Failure';
    });
    if (recording) return [];
    const why =
      config.recorders.length === 0
        ? 'has no configuration recorder'
        : 'has no recorder that records all resource types and is running';
    return [
      context.flag(
        accountResource(context.account),
        `AWS Config in ${context.region} of account ${context.account} ${why}.`,
      ),
    ];
  },
};

export default rule;
