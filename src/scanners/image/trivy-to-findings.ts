import type { Finding } from '../../core/finding';
import type { Notice } from '../../core/notice';
import type { RuleMeta } from '../../core/rule';
import { assignUniqueFingerprints } from '../../core/engine';
import { emptyReport, type Report } from '../../core/report';
import { compareSeverity } from '../../core/severity';
import { createContext } from './conversion-context';
import { finalStageChain, type ParsedDockerfile } from './image-dockerfile';
import { FindingCollector } from './finding-collector';
import { collectLicenses } from './license-findings';
import { collectMisconfigurations } from './misconfig-findings';
import { NO_REPO_FILES, type RepoFiles } from './repo-files';
import { collectSecrets } from './secret-findings';
import type { TrivyReport } from './trivy-report-types';
import { collectVulnerabilities } from './vulnerability-findings';

export interface ConvertOptions {
  /** Shown in messages and used (without tag or digest) in fingerprints; defaults to the report's reference. */
  image?: string;
  /** For anchoring on lockfiles and files that also exist in the repository. */
  files?: RepoFiles;
  dockerfile?: ParsedDockerfile;
  /** FROM image as written -> newer reference that carries the fixes, for the remediation text. */
  baseImageUpdates?: Record<string, string>;
}

export interface ConvertedScan {
  findings: Finding[];
  rules: RuleMeta[];
  notices: Notice[];
  targets: number;
}

/** One Trivy report -> cloudgate findings: vulnerabilities, secrets, misconfigurations and licences. */
export function convertTrivyReport(report: TrivyReport, options: ConvertOptions = {}): ConvertedScan {
  const context = createContext(report, {
    files: options.files ?? NO_REPO_FILES,
    ...(options.image ? { image: options.image } : {}),
    ...(options.dockerfile ? { dockerfile: options.dockerfile } : {}),
    ...(options.baseImageUpdates ? { baseImageUpdates: options.baseImageUpdates } : {}),
  });
  const out = new FindingCollector();
  for (const result of report.Results ?? []) {
    collectVulnerabilities(context, result, out);
    collectSecrets(context, result, out);
    collectMisconfigurations(context, result, out);
    collectLicenses(context, result, out);
  }
  return {
    findings: out.findings,
    rules: out.ruleList(),
    notices: reportNotices(report, context.image, options.dockerfile),
    targets: report.Results?.length ?? 0,
  };
}

function reportNotices(
  report: TrivyReport,
  image: string,
  dockerfile: ParsedDockerfile | undefined,
): Notice[] {
  const os = report.Metadata?.OS;
  if (os?.EOSL !== true) return [];
  const from = dockerfile ? finalStageChain(dockerfile)[0]?.from : undefined;
  return [
    {
      kind: 'warning',
      message:
        `${image} is based on ${os.Family ?? 'an OS'} ${os.Name ?? ''}, which is end of life: its packages get no more security fixes. Move the base image to a supported release.`.replace(
          / {2,}/g,
          ' ',
        ),
      ...(dockerfile && from ? { path: dockerfile.path, line: from.range.startLine } : {}),
    },
  ];
}

/** Merges the scans of one run (one per image) into the report every reporter reads. */
export function buildImageReport(
  scans: ConvertedScan[],
  extraNotices: Notice[] = [],
  durationMs = 0,
): Report {
  const report = emptyReport(['image']);
  const rules = new Map<string, RuleMeta>();
  for (const scan of scans) {
    report.findings.push(...scan.findings);
    report.notices.push(...scan.notices);
    for (const rule of scan.rules) {
      const known = rules.get(rule.id);
      if (!known || compareSeverity(rule.severity, known.severity) > 0) rules.set(rule.id, rule);
    }
  }
  report.notices.push(...extraNotices);
  assignUniqueFingerprints(report.findings);
  report.rules = [...rules.values()];
  report.stats = {
    files: scans.reduce((sum, scan) => sum + scan.targets, 0),
    resources: new Set(report.findings.map((finding) => finding.resource)).size,
    rulesRun: rules.size,
    durationMs,
  };
  return report;
}
