import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { IAC_RULES } from '../../../src/scanners/iac/rules/index';
import { scanIac } from '../../../src/scanners/iac/scan-iac';
import type { IacRule } from '../../../src/scanners/iac/model/violation';
import { FRAMEWORKS, isFrameworkId } from '../../../src/compliance/frameworks';
import { isSeverity } from '../../../src/core/severity';
import { expectedLines, fixtureFiles } from '../../helpers/rule-fixtures';

const RULES_DIR = path.resolve(__dirname, '../../../src/scanners/iac/rules');
const TODAY = new Date('2026-06-01T00:00:00Z');

function ruleFolders(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'fixtures') continue;
    const child = path.join(dir, entry.name);
    if (existsSync(path.join(child, 'rule.ts'))) found.push(child);
    else found.push(...ruleFolders(child));
  }
  return found.sort();
}

const folders = ruleFolders(RULES_DIR);
const folderOf = new Map<IacRule, string>();
for (const folder of folders) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const rule = (require(path.join(folder, 'rule.ts')) as { default: IacRule }).default;
  folderOf.set(rule, folder);
}

describe('rule registry', () => {
  it('lists every rule folder exactly once', () => {
    const registered = new Set(IAC_RULES);
    const missing = [...folderOf.entries()]
      .filter(([rule]) => !registered.has(rule))
      .map(([, folder]) => path.relative(RULES_DIR, folder));
    expect(missing).toEqual([]);
    expect(IAC_RULES.length).toBe(folderOf.size);
  });

  it('gives every rule a unique id, also among aliases', () => {
    const ids = IAC_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(IAC_RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  const folder = folderOf.get(rule)!;
  const fixturesDir = path.join(folder, 'fixtures');
  const fixtures = existsSync(fixturesDir)
    ? readdirSync(fixturesDir).filter((name) => !name.endsWith('.expect'))
    : [];

  it('has complete metadata', () => {
    const meta = rule.meta;
    const platformPrefix = {
      kubernetes: 'k8s-',
      aws: 'aws-',
      azure: 'azure-',
      gcp: 'gcp-',
      dockerfile: 'docker-',
      'github-actions': 'gha-',
      'container-image': 'image-',
    }[meta.platform];
    expect(meta.id.startsWith(platformPrefix)).toBe(true);
    expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(isSeverity(meta.severity)).toBe(true);
    for (const text of [meta.title, meta.description, meta.remediation])
      expect(text.trim().length).toBeGreaterThan(10);
    expect(meta.category).toMatch(/^[a-z][a-z-]+$/);
    expect(meta.links.length).toBeGreaterThan(0);
    for (const link of meta.links) expect(link).toMatch(/^https:\/\//);
    for (const [framework, controls] of Object.entries(meta.compliance)) {
      expect(isFrameworkId(framework)).toBe(true);
      const known = (FRAMEWORKS as Record<string, { controls: Record<string, string> }>)[framework]!.controls;
      for (const control of controls ?? [])
        expect([framework, control, control in known]).toEqual([framework, control, true]);
    }
  });

  it('has at least one pass and one fail fixture', () => {
    expect(fixtures.some((name) => name.startsWith('pass-'))).toBe(true);
    expect(fixtures.some((name) => name.startsWith('fail-'))).toBe(true);
  });

  it.each(fixtures)('%s', (fixture) => {
    const files = fixtureFiles(fixturesDir, fixture);
    const { report } = scanIac({ root: fixturesDir, paths: [fixture], rules: [rule], today: TODAY });
    const parseProblems = report.notices.filter((notice) => notice.kind === 'parse-error');
    expect(parseProblems).toEqual([]);
    const active = report.findings.filter((finding) => !finding.suppression);
    const actual = active
      .map((finding) =>
        finding.location.kind === 'file'
          ? `${finding.location.path}:${finding.location.range.startLine}`
          : '?',
      )
      .sort();
    const expected = fixture.startsWith('pass-') ? [] : expectedLines(fixturesDir, files);
    if (fixture.startsWith('fail-')) expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
    for (const finding of active) {
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.resource.length).toBeGreaterThan(0);
    }
  });
});
