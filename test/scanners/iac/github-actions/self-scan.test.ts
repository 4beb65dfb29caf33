import { existsSync } from 'node:fs';
import path from 'node:path';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import { GITHUB_ACTIONS_RULES } from '../../../../src/scanners/iac/rules/github-actions/index';

const REPOSITORY = path.resolve(__dirname, '../../../..');
const OWN_FILES = ['action.yml', 'actions', 'examples/workflows', '.github/workflows'].filter((relative) =>
  existsSync(path.join(REPOSITORY, relative)),
);

describe("cloudgate's own actions and workflows", () => {
  it('exist where the design puts them', () => {
    expect(OWN_FILES).toContain('action.yml');
    expect(OWN_FILES).toContain('actions');
  });

  it('are all read as workflows or actions and pass every GitHub Actions rule', () => {
    const { report, model } = scanIac({ root: REPOSITORY, paths: OWN_FILES, rules: GITHUB_ACTIONS_RULES });
    const yamlFiles = model.filePaths().filter((file) => /\.ya?ml$/.test(file));
    expect(yamlFiles.length).toBeGreaterThan(0);
    for (const file of yamlFiles) {
      expect([
        file,
        model.resources.some((resource) => resource.file === file && resource.platform === 'github-actions'),
      ]).toEqual([file, true]);
    }
    expect(
      report.notices.filter((notice) => notice.kind === 'parse-error' || notice.kind === 'not-assessed'),
    ).toEqual([]);
    const findings = report.findings
      .filter((finding) => !finding.suppression)
      .map(
        (finding) =>
          `${finding.ruleId} ${finding.location.kind === 'file' ? `${finding.location.path}:${finding.location.range.startLine}` : ''} ${finding.message}`,
      );
    expect(findings).toEqual([]);
  });
});
