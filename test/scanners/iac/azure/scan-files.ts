import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanIac, type IacScanResult } from '../../../../src/scanners/iac/scan-iac';
import type { IacRule } from '../../../../src/scanners/iac/model/violation';

/** Writes the files to a fresh folder and scans it with the given rules (none by default: model only). */
export function scanFiles(files: Record<string, string>, rules: readonly IacRule[] = []): IacScanResult {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-azure-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return scanIac({ root, rules, today: new Date('2026-06-01T00:00:00Z') });
}

/** `ruleId file:line` of each finding, sorted, for compact assertions. */
export function findingKeys(result: IacScanResult): string[] {
  return result.report.findings
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.location.kind === 'file' ? `${finding.location.path}:${finding.location.range.startLine}` : '?'}`,
    )
    .sort();
}

export const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** An ARM template holding the given resources. */
export function armTemplate(resources: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ $schema: ARM_SCHEMA, contentVersion: '1.0.0.0', ...extra, resources }, null, 2);
}

/** An ARM inline security rule. */
export function armRule(name: string, properties: Record<string, unknown>): unknown {
  return {
    name,
    properties: { direction: 'Inbound', sourcePortRange: '*', destinationAddressPrefix: '*', ...properties },
  };
}
