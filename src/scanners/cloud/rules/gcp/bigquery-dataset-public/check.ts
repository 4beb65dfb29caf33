import type { GcpAuditRule } from '../gcp-audit-rule';
import type { BigQueryDatasetAccess } from '../../../collectors/gcp/rest-types';
import { PUBLIC_MEMBERS } from '../shared/iam-bindings';

/** The public principal an access entry names, if any (`specialGroup` or `iamMember` spelling). */
function publicPrincipal(entry: BigQueryDatasetAccess): string | undefined {
  const principal = entry.specialGroup ?? entry.iamMember;
  return principal && PUBLIC_MEMBERS.has(principal) ? principal : undefined;
}

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-bigquery-dataset-public',
    title: 'BigQuery dataset is shared with allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      'An access entry for allUsers or allAuthenticatedUsers lets anyone on the Internet, or anyone with a Google account, query every table of the dataset, and they pay nothing for it while the data leaves the organisation.',
    remediation:
      'Remove the allUsers and allAuthenticatedUsers entries from the dataset access list (bq update or the Sharing panel) and share it with the groups that need it; publish intentionally public data through Analytics Hub or authorised views.',
    links: [
      'https://cloud.google.com/bigquery/docs/control-access-to-resources-iam',
      'https://cloud.google.com/bigquery/docs/dataset-access-controls',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'storage',
    compliance: {
      'cis-gcp-3.0': ['7.1'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.308(a)(4)(i)', '164.312(a)(1)'],
    },
    aliases: ['bigquery_dataset_public_access'],
  },
  needs: ['bigQueryDatasets'],
  check(context) {
    return (context.get('bigQueryDatasets') ?? []).flatMap(({ listed, dataset }) => {
      const full = context.use(dataset);
      const open = (full?.access ?? []).flatMap((entry) => {
        const principal = publicPrincipal(entry);
        return principal ? [`${entry.role ?? 'a role'} to ${principal}`] : [];
      });
      if (!full || open.length === 0) return [];
      const reference = full.datasetReference ?? listed.datasetReference;
      const location = full.location ?? listed.location;
      return [
        context.flag(
          full.selfLink ??
            `https://bigquery.googleapis.com/bigquery/v2/projects/${reference?.projectId ?? context.scope}/datasets/${reference?.datasetId}`,
          `Dataset ${reference?.datasetId} grants ${open.join('; ')}.`,
          location ? { region: location.toLowerCase() } : {},
        ),
      ];
    });
  },
};

export default rule;
