/** Where library code reports progress; actions write workflow commands, tests keep the lines. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  /** Shown as a warning annotation on the run: keep them few. */
  warning(message: string): void;
  error(message: string): void;
}

export interface RecordedLine {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
}

/** Keeps every line, for tests and for folding problems into the summary. */
export function recordingLogger(lines: RecordedLine[] = []): Logger & { lines: RecordedLine[] } {
  const record = (level: RecordedLine['level']) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    debug: record('debug'),
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
  };
}
