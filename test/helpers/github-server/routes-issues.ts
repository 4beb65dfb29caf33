import { ApiRequest, ApiResponse, failure, paginate, requireObject, unprocessable } from './http-kit';
import { BOT_USER, userNamed, type GitHubState, type IssueComment } from './state';
import { requireAuthor, stripIssue } from './strip';

const MAX_BODY_CHARS = 65536;

export function listIssueComments(state: GitHubState, request: ApiRequest): ApiResponse {
  const issue = Number(request.params.number);
  if (!state.pulls.has(issue)) throw failure(404, 'Not Found');
  return paginate(request, state.issueComments.filter((comment) => comment.issue === issue).map(stripIssue));
}

export function createIssueComment(state: GitHubState, request: ApiRequest): ApiResponse {
  const issue = Number(request.params.number);
  if (!state.pulls.has(issue)) throw failure(404, 'Not Found');
  const body = bodyText(request);
  const id = state.nextId();
  const now = new Date().toISOString();
  const comment: IssueComment & { issue: number } = {
    issue,
    id,
    node_id: `IC_${id}`,
    url: `${request.url.origin}/repos/${state.fullName}/issues/comments/${id}`,
    body,
    html_url: `https://github.com/${state.fullName}/pull/${issue}#issuecomment-${id}`,
    user: userNamed(state.tokens.get(request.token ?? '')?.login ?? BOT_USER.login),
    created_at: now,
    updated_at: now,
    issue_url: `${request.url.origin}/repos/${state.fullName}/issues/${issue}`,
    author_association: 'NONE',
  };
  state.issueComments.push(comment);
  return { status: 201, body: stripIssue(comment) };
}

export function updateIssueComment(state: GitHubState, request: ApiRequest): ApiResponse {
  const comment = state.issueComments.find((candidate) => candidate.id === Number(request.params.id));
  if (!comment) throw failure(404, 'Not Found');
  requireAuthor(state, request, comment.user?.login);
  comment.body = bodyText(request);
  comment.updated_at = new Date().toISOString();
  return { status: 200, body: stripIssue(comment) };
}

export function deleteIssueComment(state: GitHubState, request: ApiRequest): ApiResponse {
  const index = state.issueComments.findIndex((candidate) => candidate.id === Number(request.params.id));
  if (index < 0) throw failure(404, 'Not Found');
  requireAuthor(state, request, state.issueComments[index]!.user?.login);
  state.issueComments.splice(index, 1);
  return { status: 204 };
}

function bodyText(request: ApiRequest): string {
  const body = requireObject(request.body);
  if (typeof body.body !== 'string' || body.body.trim() === '') throw unprocessable(['Body cannot be blank']);
  if (body.body.length > MAX_BODY_CHARS)
    throw unprocessable(['Body is too long (maximum is 65536 characters)']);
  return body.body;
}
