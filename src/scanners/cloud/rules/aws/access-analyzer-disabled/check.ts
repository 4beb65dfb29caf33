import { accountResource, type RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-access-analyzer-disabled',
    title: 'IAM Access Analyzer is not enabled in the region',
    severity: 'medium',
    description:
      'IAM Access Analyzer continuously finds buckets, keys, roles and other resources shared outside the account or organisation. Without an active analyzer in a region, such sharing there goes unnoticed.',
    remediation:
      'Create an account or organisation analyzer in every region (aws accessanalyzer create-analyzer --analyzer-name default --type ACCOUNT --region <region>).',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
      'https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAnalyzers.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: { 'cis-aws-4.0.1': ['1.20'], 'soc2-2017': ['CC7.1'], 'nist-800-53-r5': ['AC-6'] },
    aliases: ['accessanalyzer_enabled'],
  },
  scope: 'region',
  needs: ['accessanalyzer.analyzers'],
  check(context) {
    const analyzers = context.get('accessanalyzer.analyzers');
    if (
      !analyzers ||
      analyzers.some(
        (analyzer) =>
          analyzer.status === 'ACTIVE' &&
          /ACCOUNT|ORGANIZATION/.test(analyzer.type ?? '') &&
          !/UNUSED/.test(analyzer.type ?? ''),
      )
    ) {
      return [];
    }
    return [
      context.flag(
        accountResource(context.account),
        `No active external-access analyzer in ${context.region} of account ${context.account}.`,
      ),
    ];
  },
};

export default rule;
