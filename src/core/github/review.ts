import type { Finding } from '../finding';
import type { RuleMeta, Scanner } from '../rule';
import type { DiffIndex } from './diff';
import type { Logger } from './logger';
import type { GitHubClient } from './octokit';
import { readFingerprintMarker } from './markers';
import { planReview, type ExistingComment, type PlannedComment, type ReviewPlan } from './review-plan';
import { isLostCreate } from './publish-errors';
import { closeStaleThreads } from './review-threads';

export interface ReviewTarget {
  owner: string;
  repo: string;
  number: number;
  /** The commit the comments are made on: the pull request head the findings were computed for. */
  headSha: string;
}

export interface ReviewOptions {
  maxComments: number;
  scanners: readonly Scanner[];
  rules: ReadonlyMap<string, RuleMeta>;
  fileLines?: (path: string) => string[] | undefined;
}

export interface ReviewOutcome {
  /** Findings this run commented on inline. */
  posted: number;
  /** Inline comments this run wrote: fewer than `posted` when findings share a line. */
  comments: number;
  alreadyCommented: number;
  /** Findings without an inline comment from this run: the summary comment lists them. */
  notInline: Finding[];
  overCap: number;
  resolved: number;
  markedFixed: number;
  reviewUrl?: string;
  /** Why GitHub refused the review, when it did; its comments moved to the summary. */
  rejected?: string;
}

/**
 * One review per run: new inline comments for findings on changed lines, none for findings already
 * commented, and the threads of fixed findings resolved.
 */
export async function publishReview(
  client: GitHubClient,
  target: ReviewTarget,
  findings: Finding[],
  diff: DiffIndex,
  options: ReviewOptions,
  log: Logger,
): Promise<ReviewOutcome> {
  // GitHub may create a review and then lose its answer (a 502): each attempt re-reads the comments and
  // plans again, so a retry never posts a comment twice.
  for (let attempt = 1; ; attempt++) {
    const existing = await listOurComments(client, target);
    const plan = planReview({ findings, diff, existing, ...options });
    try {
      return await postPlan(client, target, plan, options, log);
    } catch (error) {
      if (!isLostCreate(error) || attempt >= 3) throw error;
      log.info(
        `GitHub answered ${(error as { status?: number }).status} to the review; checking what was posted before trying again`,
      );
    }
  }
}

async function postPlan(
  client: GitHubClient,
  target: ReviewTarget,
  plan: ReviewPlan,
  options: ReviewOptions,
  log: Logger,
): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = {
    posted: 0,
    comments: 0,
    alreadyCommented: plan.alreadyCommented.length,
    notInline: [...plan.overCap, ...plan.outsideDiff],
    overCap: plan.overCap.length,
    resolved: 0,
    markedFixed: 0,
  };
  if (plan.comments.length > 0) {
    const findings = plan.comments.flatMap((comment) => comment.findings);
    try {
      const review = await client.rest.pulls.createReview({
        owner: target.owner,
        repo: target.repo,
        pull_number: target.number,
        commit_id: target.headSha,
        event: 'COMMENT',
        body: reviewBody(findings.length, plan.comments.length, plan.overCap.length, options.maxComments),
        comments: plan.comments.map(toApiComment),
        request: { retries: 0 },
      });
      outcome.posted = findings.length;
      outcome.comments = plan.comments.length;
      outcome.reviewUrl = review.data.html_url;
    } catch (error) {
      if ((error as { status?: number }).status !== 422) throw error;
      outcome.rejected = (error as Error).message;
      outcome.notInline.push(...findings);
      log.warning(
        `GitHub refused the review (${outcome.rejected}); its ${plan.comments.length} comments are in the summary instead.`,
      );
    }
  }
  const closed = await closeStaleThreads(client, target, plan.stale, log);
  outcome.resolved = closed.resolved;
  outcome.markedFixed = closed.marked;
  return outcome;
}

function toApiComment(comment: PlannedComment) {
  return {
    path: comment.path,
    line: comment.line,
    side: comment.side,
    body: comment.body,
    ...(comment.startLine !== undefined ? { start_line: comment.startLine, start_side: comment.side } : {}),
  };
}

function reviewBody(posted: number, comments: number, overCap: number, cap: number): string {
  const grouped =
    comments < posted
      ? ` (in ${comments} comment${comments === 1 ? '' : 's'}: findings on the same line share one)`
      : '';
  const lines = [
    `**cloudgate** commented on ${posted} finding${posted === 1 ? '' : 's'} on lines this pull request changes${grouped}.`,
  ];
  if (overCap > 0) {
    lines.push(
      `${overCap} more on changed lines are beyond the limit of ${cap} comments per run; the summary comment lists them.`,
    );
  }
  return lines.join('\n\n');
}

async function listOurComments(client: GitHubClient, target: ReviewTarget): Promise<ExistingComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100,
  });
  const ours: ExistingComment[] = [];
  for (const comment of comments) {
    if (comment.in_reply_to_id !== undefined && comment.in_reply_to_id !== null) continue;
    const marker = readFingerprintMarker(comment.body);
    if (!marker) continue;
    ours.push({
      id: comment.id,
      path: comment.path,
      line: comment.line ?? null,
      body: comment.body,
      ...marker,
    });
  }
  return ours;
}
