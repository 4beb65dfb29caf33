import { LOG_SINK_SOURCES, logSinks } from '../../../gcp/logging-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-logging-sink-missing',
    title: 'Project logs are not exported by a sink for all log entries',
    severity: 'low',
    description:
      'Cloud Logging keeps most logs for 30 days, in the same project an intruder may control. A sink with an empty filter copies every entry to storage the organization controls (a locked bucket, BigQuery, a SIEM), so evidence survives retention limits and tampering.',
    remediation:
      'Add a `google_logging_project_sink` without a `filter` (or a folder or organization sink with `include_children = true`) that exports to a bucket with a locked retention policy, BigQuery or Pub/Sub.',
    links: [
      'https://cloud.google.com/logging/docs/export/configure_export_v2',
      'https://cloud.google.com/logging/docs/central-log-storage',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/logging_project_sink',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['2.2'],
      'nist-800-53-r5': ['AU-6', 'AU-9', 'AU-11'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.5.1', '10.3.2'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: [],
  },
  // An organisation or folder sink, often in its own stack, covers the projects of every other.
  acrossRoots: { kind: 'whole-scan', types: LOG_SINK_SOURCES },
  check(model) {
    const sinks = logSinks(model).filter((sink) => sink.exportsEverything !== false);
    if (
      sinks.some(
        (sink) => (sink.level !== 'project' && sink.coversChildren !== false) || sink.projectUnresolved,
      )
    )
      return [];
    return model
      .ofType('google_project')
      .filter((project) => !sinks.some((sink) => sink.projects.includes(project)))
      .map((project) =>
        flag(project, undefined, `no log sink exports every log entry of project ${project.address}`),
      );
  },
};

export default rule;
