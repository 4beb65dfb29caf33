import type { Finding } from '../../core/finding';
import { describeLocation, type Location } from '../../core/location';
import { escapeMarkdown } from '../../core/reporters/markdown-escape';
import { SEVERITIES, compareSeverity, type Severity } from '../../core/severity';

export interface PackageGroup {
  image: string;
  target: string;
  packageName: string;
  installedVersion: string;
  counts: Record<Severity, number>;
  total: number;
  highest: Severity;
  /** Every fixed version the package's advisories name. */
  fixedVersions: string[];
  /** Where the package's findings are shown (the first one's location). */
  location: Location;
}

/**
 * Vulnerability findings grouped by package: an image with thousands of advisories has a few dozen
 * packages to upgrade, and that is the list a reviewer can act on.
 */
export function groupByPackage(findings: Finding[]): PackageGroup[] {
  const groups = new Map<string, PackageGroup>();
  for (const finding of findings) {
    const props = finding.properties;
    if (finding.suppression || typeof props?.vulnerabilityId !== 'string') continue;
    const key = [props.image, props.target, props.package, props.installedVersion, props.packagePath].join(
      '\u0000',
    );
    const group = groups.get(key) ?? newGroup(finding);
    group.counts[finding.severity]++;
    group.total++;
    if (compareSeverity(finding.severity, group.highest) > 0) group.highest = finding.severity;
    for (const version of String(props.fixedVersion ?? '').split(',')) {
      const trimmed = version.trim();
      if (trimmed && !group.fixedVersions.includes(trimmed)) group.fixedVersions.push(trimmed);
    }
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      compareSeverity(b.highest, a.highest) ||
      SEVERITIES.reduce((order, severity) => order || b.counts[severity] - a.counts[severity], 0) ||
      a.packageName.localeCompare(b.packageName),
  );
}

function newGroup(finding: Finding): PackageGroup {
  const props = finding.properties!;
  return {
    image: String(props.image ?? ''),
    target: String(props.target ?? ''),
    packageName: String(props.package ?? finding.resource),
    installedVersion: String(props.installedVersion ?? ''),
    counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
    total: 0,
    highest: finding.severity,
    fixedVersions: [],
    location: finding.location,
  };
}

/** A Markdown table of the groups, most severe first; every string is escaped (reports may come from forks). */
export function renderPackageGroups(groups: PackageGroup[], maxRows = 50): string {
  if (groups.length === 0) return '';
  const vulnerabilities = groups.reduce((sum, group) => sum + group.total, 0);
  const rows = groups.slice(0, maxRows).map((group) => {
    const cells = [
      `${escapeMarkdown(group.packageName, 120)} ${escapeMarkdown(group.installedVersion, 60)}`,
      group.fixedVersions.length > 0 ? escapeMarkdown(group.fixedVersions.join(', '), 120) : 'no fix yet',
      ...SEVERITIES.map((severity) => (group.counts[severity] > 0 ? String(group.counts[severity]) : '')),
      escapeMarkdown(describeLocation(group.location), 160),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const more =
    groups.length > maxRows
      ? `\n\n${groups.length - maxRows} more packages are in the SARIF upload and the JSON report.`
      : '';
  return (
    [
      `### Vulnerable packages`,
      '',
      `${vulnerabilities} vulnerabilities in ${groups.length} packages; upgrading a package clears all of its rows.`,
      '',
      '| Package | Fixed in | Critical | High | Medium | Low | Info | Shown at |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
    ].join('\n') + more
  );
}
