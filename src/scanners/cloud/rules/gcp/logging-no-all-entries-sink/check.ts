import type { GcpAuditRule } from '../gcp-audit-rule';
import { projectResource } from '../shared/iam-bindings';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-logging-no-all-entries-sink',
    title: 'No log sink exports every log entry of the project',
    severity: 'medium',
    description:
      "Log buckets keep entries for a limited time (30 days by default for _Default) and can be changed by the project's own administrators. A sink with an empty filter copies every entry to storage you control, such as a locked bucket or a SIEM, for retention and investigation.",
    remediation:
      'Create a sink with no filter to a Cloud Storage bucket with a locked retention policy, BigQuery or Pub/Sub (gcloud logging sinks create NAME DESTINATION). An organisation-level aggregated sink with includeChildren also covers the project, but it is not visible from the project.',
    links: [
      'https://cloud.google.com/logging/docs/export/configure_export_v2',
      'https://cloud.google.com/logging/docs/export/aggregated_sinks',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['2.2'],
      'nist-800-53-r5': ['AU-9', 'AU-11'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.5.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)', '164.312(b)'],
    },
    aliases: ['logging_sink_created'],
  },
  needs: ['logSinks'],
  check(context) {
    const sinks = context.get('logSinks');
    if (!sinks) return [];
    const exportsAll = sinks.some((sink) => !sink.disabled && (sink.filter ?? '').trim() === '');
    if (exportsAll) return [];
    const filtered = sinks.filter((sink) => !sink.disabled).map((sink) => sink.name);
    return [
      context.flag(
        projectResource(context.scope),
        `Project ${context.scope} has no enabled sink without a filter${filtered.length > 0 ? ` (sinks ${filtered.join(', ')} export only part of the entries)` : ''}.`,
      ),
    ];
  },
};

export default rule;
