import { label } from '../../../aws/aws-resource';
import { isAdministratorAccessArn, policyAttachments } from '../../../aws/iam-attachments';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-admin-policy-attached',
    title: 'AdministratorAccess is attached to a role, user or group',
    severity: 'high',
    description:
      "AWS's AdministratorAccess managed policy allows every action on every resource. Whoever holds it, or steals the credentials of what holds it, controls the whole account.",
    remediation:
      'Attach a policy limited to what the principal does (an AWS job-function policy or your own). Keep administrator access for break-glass roles that require MFA.',
    links: [
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-3.0': ['1.16'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
    },
    aliases: ['CKV_AWS_274'],
  },
  check(model) {
    return policyAttachments(model)
      .filter((attachment) => isAdministratorAccessArn(attachment.policyArn))
      .map((attachment) =>
        flag(
          attachment.resource,
          attachment.policyArn,
          `${attachment.name} of ${label(attachment.resource)} attaches AdministratorAccess`,
        ),
      );
  },
};

export default rule;
