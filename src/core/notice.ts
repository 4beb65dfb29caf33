/**
 * Something the scan could not do, reported instead of thrown away: a file that
 * did not parse, a check that could not be assessed, input that was skipped.
 */
export interface Notice {
  kind: 'parse-error' | 'skipped' | 'not-assessed' | 'config' | 'api-error' | 'warning';
  message: string;
  /** Relative to the scan root. */
  path?: string;
  line?: number;
  column?: number;
  ruleId?: string;
}

export function describeNotice(notice: Notice): string {
  const where = notice.path
    ? [notice.path, notice.line, notice.line !== undefined ? notice.column : undefined]
        .filter((part) => part !== undefined)
        .join(':')
    : undefined;
  return where ? `${where}: ${notice.message}` : notice.message;
}

/** What makes two notices the same one, for places that would otherwise say one thing many times. */
export function noticeKey(notice: Notice): string {
  return `${notice.kind}\0${notice.path}\0${notice.line}\0${notice.column}\0${notice.ruleId}\0${notice.message}`;
}
