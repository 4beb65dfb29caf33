import { describeMember, isPublicMember } from '../../../gcp/iam-members';
import { grantTarget, iamGrants } from '../../../gcp/iam-bindings';
import { flag, type IacRule } from '../../../model/violation';

/** Buckets, datasets, KMS keys and Cloud Run services have rules of their own. */
const COVERED_ELSEWHERE = new Set(['bucket', 'bigquery-dataset', 'kms-key', 'kms-keyring', 'cloud-run']);

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-public-member',
    title: 'IAM policy grants a role to allUsers or allAuthenticatedUsers',
    severity: 'high',
    description:
      '`allUsers` is anyone on the internet and `allAuthenticatedUsers` is anyone with a Google account, inside or outside the organization. A role granted to either makes the resource (a topic, a secret, a function, a service account) usable by strangers.',
    remediation:
      'Remove `allUsers` and `allAuthenticatedUsers` from the binding and grant the role to the specific users, groups or service accounts that need it. Enforce the `iam.allowedPolicyMemberDomains` organization policy to block such grants.',
    links: [
      'https://cloud.google.com/iam/docs/principals-overview#all-users',
      'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/data-sources/iam_policy',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_GCP_113'],
  },
  check(model) {
    return iamGrants(model)
      .filter((grant) => isPublicMember(grant.member) && !COVERED_ELSEWHERE.has(grant.scope))
      .map((grant) => {
        const role = typeof grant.role === 'string' ? grant.role : 'a role';
        const where =
          grant.scope === 'unattached'
            ? `policy ${grant.resource.address}`
            : `${grantTarget(grant)} (${(grant.via ?? grant.resource).address})`;
        return flag(
          grant.resource,
          grant.member.node,
          `${describeMember(grant.member)} is granted ${role} on ${where}`,
        );
      });
  },
};

export default rule;
