import type { GcpAuditRule } from '../gcp-audit-rule';
import { sqlRegion, sqlResource } from '../shared/sql-instance';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-sql-ssl-not-required',
    title: 'Cloud SQL instance accepts unencrypted connections',
    severity: 'high',
    description:
      'When the instance accepts connections without TLS, credentials and query results can cross the network in clear text, where anyone on the path can read or alter them. Clients fall back to plain connections silently when TLS is optional.',
    remediation:
      "Set the instance's SSL mode to ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED (gcloud sql instances patch NAME --ssl-mode=ENCRYPTED_ONLY) after making sure clients connect with TLS or through the Cloud SQL connectors, which encrypt for them.",
    links: [
      'https://cloud.google.com/sql/docs/mysql/configure-ssl-instance',
      'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'cis-gcp-3.0': ['6.4'],
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    },
    aliases: ['cloudsql_instance_ssl_connections'],
  },
  needs: ['sqlInstances'],
  check(context) {
    return (context.get('sqlInstances') ?? []).flatMap((instance) => {
      const config = instance.settings?.ipConfiguration;
      const mode = config?.sslMode;
      const plainAllowed = mode ? mode === 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' : config?.requireSsl !== true;
      if (!plainAllowed) return [];
      return [
        context.flag(
          sqlResource(context.scope, instance),
          `Cloud SQL instance ${instance.name} accepts unencrypted connections (${mode ? `sslMode ${mode}` : `requireSsl ${config?.requireSsl ?? 'unset'}`}).`,
          sqlRegion(instance),
        ),
      ];
    });
  },
};

export default rule;
