import type { RuleMeta } from '../core/rule';
import { IAC_RULES } from '../scanners/iac/rules/index';
import { DRIFT_RULES } from '../scanners/cloud/drift/rules/index';
import { AWS_AUDIT_RULES } from '../scanners/cloud/rules/aws/index';
import { AZURE_AUDIT_RULES } from '../scanners/cloud/rules/azure/index';
import { GCP_AUDIT_RULES } from '../scanners/cloud/rules/gcp/index';

/** Metadata of every rule cloudgate ships, in a stable order: scanner, platform, id. */
export function ruleCatalog(): RuleMeta[] {
  const metas = [
    ...IAC_RULES.map((rule) => rule.meta),
    ...AWS_AUDIT_RULES.map((rule) => rule.meta),
    ...DRIFT_RULES,
    ...AZURE_AUDIT_RULES.map((rule) => rule.meta),
    ...GCP_AUDIT_RULES.map((rule) => rule.meta),
  ];
  return metas.sort(
    (a, b) =>
      a.scanner.localeCompare(b.scanner) || a.platform.localeCompare(b.platform) || a.id.localeCompare(b.id),
  );
}
