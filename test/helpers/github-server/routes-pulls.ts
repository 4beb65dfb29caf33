import { createHash } from 'node:crypto';
import { ApiRequest, ApiResponse, failure, paginate, requireObject, unprocessable } from './http-kit';
import type { GitHubState, PullState, ReviewComment, Review } from './state';
import { BOT_USER, userNamed } from './state';
import { findHunk, type ServerFileDiff, type ServerHunk } from './unified-diff';
import { requireAuthor } from './strip';

/** GitHub stops listing a pull request's files after this many. */
export const MAX_PULL_FILES = 3000;
const MAX_BODY_CHARS = 65536;

export function pullOf(state: GitHubState, request: ApiRequest): PullState {
  const pull = state.pulls.get(Number(request.params.number));
  if (!pull) throw failure(404, 'Not Found');
  return pull;
}

export function getPull(state: GitHubState, request: ApiRequest): ApiResponse {
  const { fixture, files } = pullOf(state, request);
  const repo = (fullName: string) => ({
    full_name: fullName,
    name: fullName.split('/')[1],
    owner: { login: fullName.split('/')[0] },
    fork: fullName !== state.fullName,
  });
  return {
    status: 200,
    body: {
      url: `${request.url.origin}/repos/${state.fullName}/pulls/${fixture.number}`,
      number: fixture.number,
      state: 'open',
      title: 'Fixture pull request',
      user: userNamed('contributor'),
      head: {
        sha: fixture.headSha,
        ref: fixture.headRef,
        label: `x:${fixture.headRef}`,
        repo: repo(fixture.headRepo ?? state.fullName),
      },
      base: {
        sha: fixture.baseSha,
        ref: fixture.baseRef,
        label: `x:${fixture.baseRef}`,
        repo: repo(state.fullName),
      },
      changed_files: files.length,
      additions: files.reduce((sum, file) => sum + file.additions, 0),
      deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    },
  };
}

export function listFiles(state: GitHubState, request: ApiRequest): ApiResponse {
  const { files } = pullOf(state, request);
  const omitted = new Set(state.faults.omitPatchFor ?? []);
  const entries = files.map((file) => ({
    sha: createHash('sha1').update(file.filename).digest('hex'),
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `https://github.com/${state.fullName}/blob/x/${file.filename}`,
    raw_url: `https://github.com/${state.fullName}/raw/x/${file.filename}`,
    contents_url: `${request.url.origin}/repos/${state.fullName}/contents/${file.filename}`,
    ...(file.binary || omitted.has(file.filename)
      ? {}
      : { patch: file.hunks.map((hunk) => hunk.text).join('\n') }),
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {}),
  }));
  return paginate(request, entries, MAX_PULL_FILES);
}

export function listReviewComments(state: GitHubState, request: ApiRequest): ApiResponse {
  const pull = pullOf(state, request);
  const comments = state.reviewComments
    .filter((comment) => comment.pull === pull.fixture.number)
    .map(stripPull);
  return paginate(request, comments);
}

export function listReviews(state: GitHubState, request: ApiRequest): ApiResponse {
  const pull = pullOf(state, request);
  return paginate(
    request,
    state.reviews.filter((review) => review.pull === pull.fixture.number).map(stripPull),
  );
}

interface DraftComment {
  path: string;
  body: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  startLine?: number;
  startSide?: 'LEFT' | 'RIGHT';
  file: ServerFileDiff;
  hunk: ServerHunk;
}

/** POST /pulls/{n}/reviews: one bad comment rejects the whole review, exactly as GitHub does. */
export function createReview(state: GitHubState, request: ApiRequest): ApiResponse {
  const pull = pullOf(state, request);
  const body = requireObject(request.body);
  const event = body.event as string | undefined;
  if (event !== undefined && !['APPROVE', 'REQUEST_CHANGES', 'COMMENT'].includes(event)) {
    throw unprocessable([`event "${event}" is not one of APPROVE, REQUEST_CHANGES, COMMENT`]);
  }
  const text = typeof body.body === 'string' ? body.body : '';
  if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && text.trim() === '') {
    throw unprocessable(['Review body is required for this event']);
  }
  if (text.length > MAX_BODY_CHARS) throw unprocessable(['Body is too long (maximum is 65536 characters)']);
  const commitId = typeof body.commit_id === 'string' ? body.commit_id : pull.fixture.headSha;
  if (!pull.heads.includes(commitId)) throw unprocessable(['commit_id is not part of the pull request']);
  const drafts = (Array.isArray(body.comments) ? body.comments : []).map((raw) => validateDraft(pull, raw));
  const review = storeReview(state, request, pull, { text, commitId, event });
  for (const draft of drafts) storeComment(state, request, pull, draft, { reviewId: review.id, commitId });
  return { status: 200, body: stripPull(review) };
}

function validateDraft(pull: PullState, raw: unknown): DraftComment {
  const comment = requireObject(raw);
  if (comment.position !== undefined)
    throw unprocessable(['position is not supported by this server; use line']);
  const path = String(comment.path ?? '');
  const file = pull.files.find((candidate) => candidate.filename === path);
  if (!file) throw unprocessable(['Path could not be resolved']);
  const line = Number(comment.line);
  const side = (comment.side ?? 'RIGHT') as 'LEFT' | 'RIGHT';
  const body = String(comment.body ?? '');
  if (body.length > MAX_BODY_CHARS) throw unprocessable(['Body is too long (maximum is 65536 characters)']);
  const hunk = Number.isInteger(line) ? findHunk(file, line, side) : undefined;
  if (!hunk) {
    throw unprocessable([
      "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank",
    ]);
  }
  const draft: DraftComment = { path, body, line, side, file, hunk };
  if (comment.start_line !== undefined && comment.start_line !== null) {
    const startLine = Number(comment.start_line);
    const startSide = (comment.start_side ?? side) as 'LEFT' | 'RIGHT';
    if (!(startLine < line))
      throw unprocessable(['Pull request review thread start line must precede the end line.']);
    if (findHunk(file, startLine, startSide) !== hunk) {
      throw unprocessable([
        'Pull request review thread start line must be part of the same hunk as the line.',
      ]);
    }
    Object.assign(draft, { startLine, startSide });
  }
  return draft;
}

function storeReview(
  state: GitHubState,
  request: ApiRequest,
  pull: PullState,
  input: { text: string; commitId: string; event: string | undefined },
): Review & { pull: number } {
  const id = state.nextId();
  const prUrl = `${request.url.origin}/repos/${state.fullName}/pulls/${pull.fixture.number}`;
  const review: Review & { pull: number } = {
    pull: pull.fixture.number,
    id,
    node_id: `PRR_${id}`,
    user: userNamed(state.tokens.get(request.token ?? '')?.login ?? BOT_USER.login),
    body: input.text,
    state:
      input.event === undefined
        ? 'PENDING'
        : input.event === 'COMMENT'
          ? 'COMMENTED'
          : input.event === 'APPROVE'
            ? 'APPROVED'
            : 'CHANGES_REQUESTED',
    html_url: `https://github.com/${state.fullName}/pull/${pull.fixture.number}#pullrequestreview-${id}`,
    pull_request_url: prUrl,
    _links: {
      html: { href: `https://github.com/${state.fullName}/pull/${pull.fixture.number}` },
      pull_request: { href: prUrl },
    },
    commit_id: input.commitId,
    author_association: 'NONE',
    ...(input.event === undefined ? {} : { submitted_at: new Date().toISOString() }),
  };
  state.reviews.push(review);
  return review;
}

function storeComment(
  state: GitHubState,
  request: ApiRequest,
  pull: PullState,
  draft: DraftComment,
  link: { reviewId: number; commitId: string },
): void {
  const id = state.nextId();
  const lines = draft.hunk.text.split('\n');
  const index = (draft.side === 'RIGHT' ? draft.hunk.right : draft.hunk.left).get(draft.line)!;
  const offset = positionOffset(draft.file, draft.hunk);
  const prUrl = `${request.url.origin}/repos/${state.fullName}/pulls/${pull.fixture.number}`;
  const now = new Date().toISOString();
  const comment: ReviewComment & { pull: number } = {
    pull: pull.fixture.number,
    url: `${request.url.origin}/repos/${state.fullName}/pulls/comments/${id}`,
    pull_request_review_id: link.reviewId,
    id,
    node_id: `PRRC_${id}`,
    diff_hunk: lines.slice(0, index + 1).join('\n'),
    path: draft.path,
    position: offset + index,
    original_position: offset + index,
    commit_id: link.commitId,
    original_commit_id: link.commitId,
    user: userNamed(state.tokens.get(request.token ?? '')?.login ?? BOT_USER.login),
    body: draft.body,
    created_at: now,
    updated_at: now,
    html_url: `https://github.com/${state.fullName}/pull/${pull.fixture.number}#discussion_r${id}`,
    pull_request_url: prUrl,
    author_association: 'NONE',
    _links: {
      self: { href: `${prUrl}/comments/${id}` },
      html: { href: `https://github.com/${state.fullName}/pull/${pull.fixture.number}#discussion_r${id}` },
      pull_request: { href: prUrl },
    },
    start_line: draft.startLine ?? null,
    original_start_line: draft.startLine ?? null,
    start_side: draft.startLine === undefined ? null : (draft.startSide ?? draft.side),
    line: draft.line,
    original_line: draft.line,
    side: draft.side,
    subject_type: 'line',
  };
  state.reviewComments.push(comment);
  state.threads.push({ nodeId: `PRRT_${id}`, rootCommentId: id, pull: pull.fixture.number, resolved: false });
}

/** Positions count down from the file's first hunk header, through every later hunk. */
function positionOffset(file: ServerFileDiff, hunk: ServerHunk): number {
  let offset = 0;
  for (const candidate of file.hunks) {
    if (candidate === hunk) return offset;
    offset += candidate.text.split('\n').length;
  }
  return offset;
}

export function updateReviewComment(state: GitHubState, request: ApiRequest): ApiResponse {
  const comment = state.reviewComments.find((candidate) => candidate.id === Number(request.params.id));
  if (!comment) throw failure(404, 'Not Found');
  requireAuthor(state, request, comment.user.login);
  const body = requireObject(request.body);
  if (typeof body.body !== 'string' || body.body.length > MAX_BODY_CHARS)
    throw unprocessable(['body is invalid']);
  comment.body = body.body;
  comment.updated_at = new Date().toISOString();
  return { status: 200, body: stripPull(comment) };
}

export function deleteReviewComment(state: GitHubState, request: ApiRequest): ApiResponse {
  const index = state.reviewComments.findIndex((candidate) => candidate.id === Number(request.params.id));
  if (index < 0) throw failure(404, 'Not Found');
  requireAuthor(state, request, state.reviewComments[index]!.user.login);
  state.reviewComments.splice(index, 1);
  return { status: 204 };
}

export function stripPull<T extends { pull: number }>(item: T): Omit<T, 'pull'> {
  const rest: Partial<T> = { ...item };
  delete rest.pull;
  return rest as Omit<T, 'pull'>;
}
