import { readFileSync } from 'node:fs';
import type { Finding } from '../../../src/core/finding';
import { runIacPipeline } from '../../../src/pipeline/iac-pipeline';
import type { GitHubServer } from '../../helpers/github-server/server';
import type { ActionRun } from './run-action';

/** What a scan of the workspace finds, computed in the test process from the same sources. */
export function expectedFindings(workspace: string): Finding[] {
  return runIacPipeline({ root: workspace }).report.findings.filter((finding) => !finding.suppression);
}

/** Every finding reached the SARIF file, the job summary or a review comment. */
export function lostFindings(run: ActionRun, findings: Finding[], server: GitHubServer): Finding[] {
  const sarifFile = run.outputs['sarif-file'];
  const sarif = sarifFile ? readFileSync(sarifFile, 'utf8') : '';
  const comments = server.state.reviewComments.map((comment) => comment.body).join('\n');
  return findings.filter(
    (finding) =>
      !sarif.includes(finding.fingerprint) &&
      !comments.includes(finding.fingerprint) &&
      !(
        finding.location.kind === 'file' &&
        run.summary.includes(finding.location.path) &&
        run.summary.includes(finding.ruleId)
      ),
  );
}

/** Every fingerprint the hidden markers of the review comments name (a comment may name a line's worth). */
export function fingerprintsInComments(server: GitHubServer): string[] {
  return server.state.reviewComments.flatMap(
    (comment) => /cloudgate:fp=([\w:,]+)/.exec(comment.body)?.[1]?.split(',') ?? [],
  );
}
