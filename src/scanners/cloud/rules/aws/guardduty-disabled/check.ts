import { accountResource, type RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-guardduty-disabled',
    title: 'GuardDuty is not enabled in the region',
    severity: 'high',
    description:
      'GuardDuty watches CloudTrail, VPC flow and DNS logs for signs of compromise: stolen credentials used from odd places, crypto-mining, reconnaissance. Attackers often work in regions nobody uses, so every region needs it.',
    remediation:
      'Enable GuardDuty in every region, preferably for the whole organisation from a delegated administrator account.',
    links: [
      'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
      'https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'monitoring',
    compliance: {
      'nist-800-53-r5': ['SI-4', 'SI-3'],
      'soc2-2017': ['CC7.1', 'CC7.2'],
      'pci-dss-4.0': ['11.5.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)', '164.308(a)(5)(ii)(C)'],
    },
    aliases: ['guardduty_is_enabled'],
  },
  scope: 'region',
  needs: ['guardduty.detectors'],
  check(context) {
    const detectors = context.get('guardduty.detectors');
    if (!detectors) return [];
    if (detectors.some((detector) => context.use(detector.status) === 'ENABLED')) return [];
    if (context.incomplete) return [];
    const why =
      detectors.length === 0 ? 'has no GuardDuty detector' : 'has a GuardDuty detector that is suspended';
    return [
      context.flag(
        accountResource(context.account),
        `Account ${context.account} ${why} in ${context.region}.`,
      ),
    ];
  },
};

export default rule;
