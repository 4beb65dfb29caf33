import type { GateResult } from '../gate';
import type { Report } from '../report';
import type { GitRunner } from './git';
import type { GitHubClient } from './octokit';
import type { ReviewOutcome } from './review';
import type { RunnerIO } from './runner-io';
import type { StickyResult } from './sticky-comment';

export type CommentMode = 'review' | 'summary' | 'none';

export interface PublishSettings {
  /** Heading of the summary and the sticky comment. */
  title: string;
  comment: CommentMode;
  sarifUpload: boolean;
  /** Code scanning category; also keys the sticky comment. */
  category: string;
  maxComments: number;
  /** Seconds to wait for code scanning to process the upload; 0 to not wait. */
  waitForProcessingSeconds: number;
  outputDir: string;
  /** Post a commit status with the verdict (the trusted half of the fork set-up). */
  commitStatus: boolean;
  /**
   * A section a scanner adds below the report, in the summary comment and the job summary alike (the
   * image scan's vulnerable packages). Build it from escaped strings only (escapeMarkdown, codeHtml,
   * markdownLink), as the report is: it may describe a fork's code. Shortened at a line break when it
   * would take more than half of either one's size limit.
   */
  appendix?: string;
}

export interface PullRequestTarget {
  number: number;
  headSha: string;
  baseSha: string;
}

export interface PublishTarget {
  owner: string;
  repo: string;
  /** The commit and ref the SARIF analysis belongs to. */
  commitSha: string;
  ref: string;
  pullRequest?: PullRequestTarget;
  /** Set when the token is known to be read-only (a fork's pull request): no write is attempted. */
  readOnlyReason?: string;
  checkoutUri?: string;
  runUrl: string;
  repositoryUrl: string;
}

export interface PublishDeps {
  io: RunnerIO;
  /** Absent without a token: everything that needs the API is skipped. */
  client?: GitHubClient;
  /** For the local diff; absent when the workspace is not a checkout of the pull request. */
  git?: GitRunner;
  /** The pull request head's file lines, for suggestions. */
  fileLines?: (path: string) => string[] | undefined;
  sleep?: (ms: number) => Promise<void>;
}

export interface PublishInput {
  report: Report;
  gate: GateResult;
  settings: PublishSettings;
  target: PublishTarget;
}

export interface PublishResult {
  sarifFile: string;
  reportFile: string;
  sarifId?: string;
  review?: ReviewOutcome;
  sticky?: StickyResult;
  annotations: number;
  /** What could not be published, and what to do about it. */
  problems: string[];
  /** What the SARIF file left out to fit code scanning's limits. */
  sarifNotes: string[];
}
