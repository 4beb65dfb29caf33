import type { GitHubClient } from './octokit';
import { summaryMarker } from './markers';
import { isLostCreate } from './publish-errors';

/** GitHub refuses an issue comment body over 65,536 characters. */
export const MAX_ISSUE_COMMENT_CHARS = 65_536;

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Keeps the summaries of separate cloudgate jobs apart: usually the category. */
  key: string;
}

export type StickyResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url: string };

/**
 * The one summary comment per pull request (and key): found again by its hidden marker and edited in
 * place, so any number of runs leave exactly one.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  markdown: string,
): Promise<StickyResult> {
  const marker = summaryMarker(target.key);
  const body = fitBody(`${marker}\n${markdown}`);
  // A create is never retried blindly: GitHub may have made the comment before its answer got lost, so
  // each attempt looks again first.
  for (let attempt = 1; ; attempt++) {
    try {
      return await upsertOnce(client, target, marker, body);
    } catch (error) {
      if (!isLostCreate(error) || attempt >= 3) throw error;
    }
  }
}

async function upsertOnce(
  client: GitHubClient,
  target: StickyTarget,
  marker: string,
  body: string,
): Promise<StickyResult> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const ours = comments.filter((comment) => comment.body?.includes(marker));
  // Prefer a comment a bot wrote: a person quoting the marker must not capture the summary.
  const existing = ours.find((comment) => comment.user?.type === 'Bot') ?? ours[0];
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
    try {
      const updated = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
    } catch (error) {
      // Someone else's comment that quotes the marker: ours is still to be written.
      const status = (error as { status?: number }).status;
      if (status !== 403 && status !== 404) throw error;
    }
  }
  const created = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
    request: { retries: 0 },
  });
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}

function fitBody(body: string): string {
  if (body.length <= MAX_ISSUE_COMMENT_CHARS) return body;
  const note =
    "\n\n> [!WARNING]\n> Cut to fit GitHub's comment size limit; the job summary and the SARIF file have everything.\n";
  const cut = body.slice(0, MAX_ISSUE_COMMENT_CHARS - note.length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0))}${note}`;
}
