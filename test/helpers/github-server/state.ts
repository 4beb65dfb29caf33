import type { components } from '@octokit/openapi-types';
import { readGitDiff, type ServerFileDiff } from './unified-diff';

export type ReviewComment = components['schemas']['pull-request-review-comment'];
export type Review = components['schemas']['pull-request-review'];
export type IssueComment = components['schemas']['issue-comment'];
export type SimpleUser = components['schemas']['simple-user'];
export type CommitStatus = components['schemas']['status'];

export interface TokenGrant {
  /** A fork pull request's token: every write answers 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  login?: string;
}

export interface PullFixture {
  number: number;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  /** owner/name of the head repository; differs from the base for a fork. */
  headRepo?: string;
  /** `git diff` of merge base..head, as GitHub computes the pull request's "Files changed". */
  diff: string;
}

export interface PullState {
  fixture: PullFixture;
  files: ServerFileDiff[];
  /** Every head the pull request had, oldest first: comments may be made on older commits. */
  heads: string[];
}

export interface Thread {
  nodeId: string;
  rootCommentId: number;
  pull: number;
  resolved: boolean;
}

export interface SarifUpload {
  id: string;
  commitSha: string;
  ref: string;
  checkoutUri?: string;
  toolName?: string;
  sarif: unknown;
  compressedBytes: number;
  errors: string[];
  /** GETs answered "pending" before the final state. */
  pendingPolls: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  token?: string;
  body?: unknown;
}

export interface Faults {
  /** The next `count` writes (or requests) answer a secondary rate limit. */
  secondaryRateLimit?: {
    count: number;
    retryAfterSeconds: number;
    status: 403 | 429;
    scope: 'writes' | 'all';
  };
  /** The next `count` requests answer this 5xx status. */
  serverErrors?: { count: number; status: number };
  /** The next `count` writes are carried out, and then answered with this 5xx status (a lost response). */
  failAfterWrite?: { count: number; status: number };
  /** Files whose `patch` the files endpoint leaves out, as GitHub does for large diffs. */
  omitPatchFor?: string[];
  /** GraphQL answers 404, as on a server without it. */
  graphqlUnavailable?: boolean;
  /** How many status GETs of a SARIF upload answer "pending" first. */
  sarifPendingPolls?: number;
}

export const BOT_USER: SimpleUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: '',
  following_url: '',
  gists_url: '',
  starred_url: '',
  subscriptions_url: '',
  organizations_url: '',
  repos_url: '',
  events_url: '',
  received_events_url: '',
  type: 'Bot',
  site_admin: false,
};

export function userNamed(login: string): SimpleUser {
  return login === BOT_USER.login ? BOT_USER : { ...BOT_USER, login, id: 1000 + login.length, type: 'User' };
}

/** Everything the loopback GitHub knows about one repository. */
export class GitHubState {
  readonly tokens = new Map<string, TokenGrant>();
  readonly pulls = new Map<number, PullState>();
  readonly reviews: (Review & { pull: number })[] = [];
  readonly reviewComments: (ReviewComment & { pull: number })[] = [];
  readonly threads: Thread[] = [];
  readonly issueComments: (IssueComment & { issue: number })[] = [];
  readonly sarifs: SarifUpload[] = [];
  readonly statuses: (CommitStatus & { sha: string })[] = [];
  readonly requests: RequestRecord[] = [];
  faults: Faults = {};
  private counter = 1000;

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  nextId(): number {
    return ++this.counter;
  }

  addPull(fixture: PullFixture): void {
    this.pulls.set(fixture.number, { fixture, files: readGitDiff(fixture.diff), heads: [fixture.headSha] });
  }

  /** A push to the pull request: a new head and diff; comments whose line left the diff become outdated. */
  pushToPull(number: number, update: { headSha: string; diff: string }): void {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request ${number}`);
    pull.fixture = { ...pull.fixture, ...update };
    pull.files = readGitDiff(update.diff);
    pull.heads.push(update.headSha);
    for (const comment of this.reviewComments.filter((c) => c.pull === number)) {
      const file = pull.files.find((f) => f.filename === comment.path);
      const line = comment.line ?? undefined;
      const stillThere = file && line !== undefined && file.hunks.some((hunk) => hunk.right.has(line));
      if (!stillThere) {
        (comment as { line: number | null }).line = null;
        comment.position = null as unknown as number;
      }
    }
  }

  /** Review comments that start a thread (not replies), for one pull request. */
  topLevelComments(pull: number): (ReviewComment & { pull: number })[] {
    return this.reviewComments.filter(
      (comment) => comment.pull === pull && comment.in_reply_to_id === undefined,
    );
  }

  writes(): RequestRecord[] {
    return this.requests.filter((request) => request.method !== 'GET' && request.status < 400);
  }
}
