import { label, prop } from '../../../aws/aws-resource';
import { deniesWithoutMfa } from '../../../aws/iam-conditions';
import { policyDocuments } from '../../../aws/policy-documents-view';
import { sameScope } from '../../../aws/resource-links';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-console-user-without-mfa',
    title: 'IAM user has a console password and nothing requires MFA',
    severity: 'medium',
    description:
      'A console password alone is one phishing page or reused password away from an account takeover. IAM cannot force MFA on a user by itself; the usual control is a policy that denies everything but MFA set-up while `aws:MultiFactorAuthPresent` is false, as the security baseline shows.',
    remediation:
      'Attach to every console user (through their group) a policy that denies all actions except managing their own MFA device when `aws:MultiFactorAuthPresent` is false, or move people to IAM Identity Center with MFA enforced.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_users-self-manage-mfa-and-creds.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-3.0': ['1.10'],
      'nist-800-53-r5': ['IA-2(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.4.1', '8.4.2'],
      'hipaa-security-rule': ['164.312(d)'],
    },
    aliases: [],
  },
  check(model) {
    const views = policyDocuments(model);
    const enforced = (user: Resource) =>
      views.some(
        (view) =>
          view.kind === 'identity' &&
          sameScope(view.resource, user) &&
          view.document.statements.some(deniesWithoutMfa),
      );
    // A policy known only at deploy time may be the one that enforces MFA.
    const unreadable = (user: Resource) =>
      views.some((view) => view.document.unknown && sameScope(view.resource, user));
    const consoleUsers = [
      ...model.ofType('aws_iam_user_login_profile').map((resource) => ({ resource, node: undefined })),
      ...model.ofType('AWS::IAM::User').flatMap((resource) => {
        const profile = prop(resource, 'LoginProfile');
        return profile.node ? [{ resource, node: profile.node }] : [];
      }),
    ];
    return consoleUsers
      .filter(({ resource }) => !enforced(resource) && !unreadable(resource))
      .map(({ resource, node }) =>
        flag(
          resource,
          node,
          `${label(resource)} gives a user a console password, and no policy in this configuration denies access without MFA`,
        ),
      );
  },
};

export default rule;
