import { ApiRequest, ApiResponse, requireObject, unprocessable } from './http-kit';
import { BOT_USER, type GitHubState } from './state';

export function createStatus(state: GitHubState, request: ApiRequest): ApiResponse {
  const body = requireObject(request.body);
  const sha = request.params.sha ?? '';
  const stateValue = String(body.state ?? '');
  if (!['error', 'failure', 'pending', 'success'].includes(stateValue))
    throw unprocessable([`state "${stateValue}" is not valid`]);
  const description = typeof body.description === 'string' ? body.description : null;
  if (description !== null && description.length > 140)
    throw unprocessable(['description is too long (maximum is 140 characters)']);
  const id = state.nextId();
  const now = new Date().toISOString();
  const status = {
    sha,
    url: `${request.url.origin}/repos/${state.fullName}/statuses/${sha}`,
    avatar_url: null,
    id,
    node_id: `SC_${id}`,
    state: stateValue,
    description: description ?? '',
    target_url: typeof body.target_url === 'string' ? body.target_url : '',
    context: typeof body.context === 'string' ? body.context : 'default',
    created_at: now,
    updated_at: now,
    creator: BOT_USER,
  };
  state.statuses.push(status);
  return { status: 201, body: { ...status, sha: undefined } };
}
