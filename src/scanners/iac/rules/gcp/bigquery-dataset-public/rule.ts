import { datasetAccessGrants } from '../../../gcp/acl-grants';
import { isPublicMember } from '../../../gcp/iam-members';
import { flag, type IacRule } from '../../../model/violation';
import { publicGrants } from '../public-grants';

const rule: IacRule = {
  meta: {
    id: 'gcp-bigquery-dataset-public',
    title: 'BigQuery dataset is shared with allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      "A dataset access entry or IAM binding for `allUsers` or `allAuthenticatedUsers` lets anyone on the internet, or anyone with any Google account, query or export the tables, often the organization's most sensitive data in one place.",
    remediation:
      'Remove the `special_group = "allAuthenticatedUsers"` / `iam_member = "allUsers"` access entry or IAM member and share the dataset with named groups, authorized views or Analytics Hub listings instead.',
    links: [
      'https://cloud.google.com/bigquery/docs/control-access-to-resources-iam',
      'https://cloud.google.com/bigquery/docs/dataset-access-controls',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'storage',
    compliance: {
      'cis-gcp-3.0': ['7.1'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1', 'C1.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_GCP_15', 'AVD-GCP-0046', 'google-bigquery-no-public-access'],
  },
  check(model) {
    const iam = publicGrants(model, ['bigquery-dataset']);
    const access = datasetAccessGrants(model)
      .filter((grant) => isPublicMember(grant.member))
      .map((grant) =>
        flag(
          grant.resource,
          grant.member.node,
          `${grant.resource.address} gives ${grant.member.text} ${grant.role === 'unknown' ? 'a role' : String(grant.role ?? 'access')} on the dataset`,
        ),
      );
    return [...iam, ...access];
  },
};

export default rule;
