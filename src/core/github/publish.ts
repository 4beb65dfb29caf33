import type { Finding } from '../finding';
import type { RuleMeta } from '../rule';
import { renderMarkdown, type MarkdownOptions } from '../reporters/markdown';
import { planAnnotations } from './annotations';
import { setCommitStatus } from './commit-status';
import type { DiffIndex } from './diff';
import { fitAppendix, fitJobSummary } from './job-summary';
import type { GitHubClient } from './octokit';
import { loadPullRequestDiff } from './pr-diff';
import { publicationNotes } from './publication-notes';
import { describePublishError, FORK_DOCS, isServerError } from './publish-errors';
import type { PublishDeps, PublishInput, PublishResult, PullRequestTarget } from './publish-types';
import { publishReview } from './review';
import { uploadSarif } from './sarif-upload';
import { upsertStickyComment } from './sticky-comment';
import { writeReportFiles } from './write-outputs';

/** Leaves room for the sticky comment's marker and notes under GitHub's 65,536 characters. */
const STICKY_MARKDOWN_BYTES = 60_000;
const JOB_SUMMARY_MARKDOWN_BYTES = 1_000_000;

interface Session {
  input: PublishInput;
  deps: PublishDeps;
  result: PublishResult;
  rules: ReadonlyMap<string, RuleMeta>;
  markdown: MarkdownOptions;
  attempt(step: string, permission: string, action: () => Promise<void>): Promise<void>;
}

/**
 * Publishes a report everywhere it should go. The files and the job summary are always written; each
 * GitHub write is attempted on its own, and a failure becomes a problem in the summary, never an error:
 * the job's result is the gate's alone.
 */
export async function publishReport(input: PublishInput, deps: PublishDeps): Promise<PublishResult> {
  const { report, gate, settings, target } = input;
  const files = writeReportFiles(report, settings.outputDir, settings.category);
  let githubDown = false;
  const result: PublishResult = {
    sarifFile: files.sarifFile,
    reportFile: files.reportFile,
    annotations: 0,
    problems: [],
    sarifNotes: files.sarifNotes,
  };
  const session: Session = {
    input,
    deps,
    result,
    rules: new Map(report.rules.map((meta) => [meta.id, meta])),
    markdown: {
      title: settings.title,
      gate,
      repositoryUrl: target.repositoryUrl,
      ref: target.pullRequest?.headSha ?? target.commitSha,
    },
    attempt: async (step, permission, action) => {
      if (githubDown) {
        result.problems.push(`${step} skipped: GitHub was failing with server errors.`);
        return;
      }
      try {
        await action();
      } catch (error) {
        result.problems.push(describePublishError(step, permission, error));
        // Octokit already retried; more steps would only wait out the same outage.
        githubDown = isServerError(error);
      }
    },
  };
  const client = deps.client;
  const writer = client !== undefined && target.readOnlyReason === undefined ? client : undefined;
  if (target.readOnlyReason) {
    deps.io.log.info(
      `${target.readOnlyReason}: not writing to GitHub. Findings are in the job summary and ${files.sarifFile}. See ${FORK_DOCS}`,
    );
  } else if (!client) {
    result.problems.push(
      'No GitHub token: review comments, the summary comment and the SARIF upload were skipped.',
    );
  }
  const diff = target.pullRequest && client ? await readDiff(session, client, target.pullRequest) : undefined;
  const omittedAnnotations = annotate(session, diff);
  if (writer && target.pullRequest) await publishToPullRequest(session, writer, target.pullRequest, diff);
  if (writer && settings.sarifUpload) await publishToCodeScanning(session, writer, files.sarifJson);
  if (writer && settings.commitStatus && target.pullRequest)
    await publishStatus(session, writer, target.pullRequest);
  for (const problem of result.problems) deps.io.log.warning(problem);
  const notes = publicationNotes(result, omittedAnnotations, target.readOnlyReason);
  const appendix = appendixWithin(settings.appendix, JOB_SUMMARY_MARKDOWN_BYTES);
  const summary = renderMarkdown(report, {
    ...session.markdown,
    maxBytes: JOB_SUMMARY_MARKDOWN_BYTES - Buffer.byteLength(notes) - Buffer.byteLength(appendix),
  });
  deps.io.appendSummary(fitJobSummary(`${summary}${appendix}\n${notes}`));
  return result;
}

async function readDiff(
  session: Session,
  client: GitHubClient,
  pull: PullRequestTarget,
): Promise<DiffIndex | undefined> {
  const { target } = session.input;
  let diff: DiffIndex | undefined;
  await session.attempt('Reading the pull request diff', 'pull-requests: read', async () => {
    const loaded = await loadPullRequestDiff(
      {
        owner: target.owner,
        repo: target.repo,
        number: pull.number,
        baseSha: pull.baseSha,
        headSha: pull.headSha,
      },
      { client, ...(session.deps.git ? { git: session.deps.git } : {}), log: session.deps.io.log },
    );
    session.deps.io.log.debug(`pull request diff: ${loaded.diff.size} files, from ${loaded.source}`);
    diff = loaded.diff;
  });
  return diff;
}

function annotate(session: Session, diff: DiffIndex | undefined): number {
  const plan = planAnnotations(session.input.report.findings, session.rules, diff);
  for (const annotation of plan.annotations) session.deps.io.annotate(annotation);
  session.result.annotations = plan.annotations.length;
  return plan.omitted;
}

async function publishToPullRequest(
  session: Session,
  client: GitHubClient,
  pull: PullRequestTarget,
  diff: DiffIndex | undefined,
): Promise<void> {
  const { report, settings, target } = session.input;
  let notInline: Finding[] = report.findings.filter((finding) => !finding.suppression);
  if (settings.comment === 'review' && diff) {
    await session.attempt('Review comments', 'pull-requests: write', async () => {
      const scanners =
        report.scanners.length > 0
          ? report.scanners
          : [...new Set(report.findings.map((finding) => finding.scanner))];
      const review = await publishReview(
        client,
        { owner: target.owner, repo: target.repo, number: pull.number, headSha: pull.headSha },
        report.findings,
        diff,
        {
          maxComments: settings.maxComments,
          scanners,
          rules: session.rules,
          ...(session.deps.fileLines ? { fileLines: session.deps.fileLines } : {}),
        },
        session.deps.io.log,
      );
      session.result.review = review;
      notInline = review.notInline;
    });
  }
  if (settings.comment === 'none') return;
  await session.attempt('The summary comment', 'pull-requests: write', async () => {
    const intro = stickyIntro(session.result, notInline.length);
    const appendix = appendixWithin(settings.appendix, STICKY_MARKDOWN_BYTES);
    const markdown = renderMarkdown(report, {
      ...session.markdown,
      maxBytes: STICKY_MARKDOWN_BYTES - Buffer.byteLength(intro) - Buffer.byteLength(appendix),
    });
    session.result.sticky = await upsertStickyComment(
      client,
      { owner: target.owner, repo: target.repo, issueNumber: pull.number, key: settings.category },
      `${markdown}${appendix}${intro}`,
    );
  });
}

async function publishToCodeScanning(
  session: Session,
  client: GitHubClient,
  sarifJson: string,
): Promise<void> {
  const { settings, target } = session.input;
  await session.attempt('SARIF upload', 'security-events: write', async () => {
    const seconds = settings.waitForProcessingSeconds;
    const wait =
      seconds > 0
        ? {
            timeoutMs: seconds * 1000,
            intervalMs: 5000,
            ...(session.deps.sleep ? { sleep: session.deps.sleep } : {}),
          }
        : undefined;
    const upload = await uploadSarif(
      client,
      {
        owner: target.owner,
        repo: target.repo,
        commitSha: target.commitSha,
        ref: target.ref,
        ...(target.checkoutUri ? { checkoutUri: target.checkoutUri } : {}),
      },
      sarifJson,
      session.deps.io.log,
      wait,
    );
    session.result.sarifId = upload.id;
    if (upload.processingStatus === 'failed') {
      session.result.problems.push(
        `Code scanning could not process the SARIF upload: ${upload.errors.join('; ') || 'no reason given'}.`,
      );
    }
    if (upload.processingStatus === 'pending')
      session.deps.io.log.info('Code scanning is still processing the SARIF upload; not waiting longer.');
  });
}

async function publishStatus(session: Session, client: GitHubClient, pull: PullRequestTarget): Promise<void> {
  const { gate, settings, target } = session.input;
  await session.attempt('The commit status', 'statuses: write', async () => {
    const blocking = gate.blocking.length;
    await setCommitStatus(client, {
      owner: target.owner,
      repo: target.repo,
      sha: pull.headSha,
      state: gate.passed ? 'success' : 'failure',
      description: gate.passed
        ? 'Gate passed'
        : `${blocking} finding${blocking === 1 ? '' : 's'} block the merge (fail-on: ${gate.failOn})`,
      context: `cloudgate/${settings.category}`,
      targetUrl: target.runUrl,
    });
  });
}

/** The scanner's section with the blank line that sets it apart, in at most half of the budget. */
function appendixWithin(appendix: string | undefined, budget: number): string {
  const fitted = appendix ? fitAppendix(appendix, Math.floor(budget / 2)) : '';
  return fitted ? `\n${fitted}\n` : '';
}

function stickyIntro(result: PublishResult, notInline: number): string {
  if (!result.review) return '';
  const inline = result.review.posted + result.review.alreadyCommented;
  return `\n> ${inline} finding${inline === 1 ? ' is' : 's are'} commented inline on the changed lines; ${notInline} ${notInline === 1 ? 'is' : 'are'} listed here only.\n`;
}
