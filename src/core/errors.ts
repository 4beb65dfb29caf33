/**
 * An error the user can fix: what happened, why, and what to do. The CLI exits 2
 * and the actions fail the step with this text; anything else is reported as a bug.
 */
export class UserError extends Error {
  override name = 'UserError';

  constructor(
    message: string,
    readonly hint?: string,
    readonly docs?: string,
  ) {
    super(message);
  }

  describe(): string {
    return [this.message, this.hint, this.docs ? `See ${this.docs}` : undefined].filter(Boolean).join('\n');
  }
}

export function describeUnexpected(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${text}\nThis is a bug in cloudgate. Please report it with the output above at https://github.com/cloudgate-dev/cloudgate/issues`;
}
