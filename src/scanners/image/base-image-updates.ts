import { UserError } from '../../core/errors';

const REF = /^[A-Za-z0-9][\w.\-/:@$]*$/;

/**
 * `alpine:3.19.1=alpine:3.19.4` lines: a base image as written on a FROM line, and a newer reference
 * the user knows carries the fixes. cloudgate cannot know which tag fixes an OS package without
 * scanning it, so it only names one it was told about.
 */
export function parseBaseImageUpdates(entries: string[]): Record<string, string> {
  const updates: Record<string, string> = {};
  for (const entry of entries) {
    const [from, to, ...rest] = entry.split('=').map((part) => part.trim());
    if (!from || !to || rest.length > 0 || !REF.test(from) || !REF.test(to)) {
      throw new UserError(
        `base image update "${entry}" is not written as <from>=<to>`,
        'Write it like alpine:3.19.1=alpine:3.19.4, with the FROM reference exactly as the Dockerfile has it.',
      );
    }
    updates[from] = to;
  }
  return updates;
}
