import type { AccountAuditRule } from '../../../engine/audit-rule';
import { daysSince } from '../shared/dates';

export const ROTATION_DAYS = 90;

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-access-key-not-rotated',
    title: 'Active access key is older than 90 days',
    severity: 'medium',
    description:
      'The longer an access key lives, the more places it has been copied to and the longer a leaked copy keeps working. Rotating keys bounds that window.',
    remediation: `Create a second key, move the workload to it, then deactivate and delete the old one; better, replace the user's keys with an IAM role. cloudgate reports active keys created more than ${ROTATION_DAYS} days ago.`,
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.14'],
      'nist-800-53-r5': ['AC-2', 'IA-5'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.9', '8.6.3'],
      'hipaa-security-rule': ['164.308(a)(4)(i)', '164.308(a)(5)(ii)(D)'],
    },
    aliases: ['iam_rotate_access_key_90_days'],
  },
  scope: 'account',
  needs: ['iam.credentialReport'],
  check(context) {
    const users = context.get('iam.credentialReport')?.users ?? [];
    return users.flatMap((user) =>
      user.keys
        .filter(
          (key) => key.active && key.lastRotated && daysSince(key.lastRotated, context.now) > ROTATION_DAYS,
        )
        .map((key) =>
          context.flag(
            user.arn,
            `Access key ${key.slot} of ${user.isRoot ? 'the root user' : `IAM user ${user.user}`} was created ${daysSince(key.lastRotated!, context.now)} days ago.`,
            { properties: { key: key.slot } },
          ),
        ),
    );
  },
};

export default rule;
