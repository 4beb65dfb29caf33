import { failure, type ApiRequest } from './http-kit';
import { BOT_USER, type GitHubState } from './state';

/** The server keeps which issue an object belongs to beside GitHub's fields; responses leave it out. */
export function stripIssue<T extends { issue: number }>(item: T): Omit<T, 'issue'> {
  const rest: Partial<T> = { ...item };
  delete rest.issue;
  return rest as Omit<T, 'issue'>;
}

/** Only a comment's author may edit or delete it (a token of an app cannot touch a person's comment). */
export function requireAuthor(state: GitHubState, request: ApiRequest, author: string | undefined): void {
  const login = state.tokens.get(request.token ?? '')?.login ?? BOT_USER.login;
  if (author !== login) throw failure(403, 'Resource not accessible by integration');
}
