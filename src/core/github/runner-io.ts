import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Logger } from './logger';

export type Env = Record<string, string | undefined>;

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation extends AnnotationProperties {
  level: 'error' | 'warning' | 'notice';
  message: string;
}

/** The runner's side of an action: log, annotations, outputs, job summary, exit status. */
export interface RunnerIO {
  readonly env: Env;
  readonly log: Logger;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): boolean;
  /** Prints the failure; the entry point turns the outcome into the exit code. */
  setFailed(message: string): void;
  mask(secret: string): void;
  group<T>(title: string, action: () => Promise<T>): Promise<T>;
}

/**
 * Speaks the runner's workflow commands and file commands directly, against the environment it is
 * given rather than process.env, so an entry point can run in-process in a test with its own runner.
 */
export function createRunnerIO(
  env: Env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): RunnerIO {
  const command = (
    name: string,
    message: string,
    properties: Record<string, string | number | undefined> = {},
  ) => {
    const props = Object.entries(properties)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(',');
    write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
  };
  const log: Logger = {
    debug: (message) => command('debug', message),
    info: (message) => write(`${message}${EOL}`),
    warning: (message) => command('warning', message),
    error: (message) => command('error', message),
  };
  return {
    env,
    log,
    annotate: ({ level, message, ...where }) =>
      command(level, message, {
        title: where.title,
        file: where.file,
        line: where.startLine,
        endLine: where.endLine,
        col: where.startColumn,
        endColumn: where.endColumn,
      }),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        log.debug(`no GITHUB_OUTPUT file; output ${name} not set`);
        return;
      }
      const delimiter = `ghadelimiter_${randomUUID()}`;
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
    },
    appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) return false;
      appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
      return true;
    },
    setFailed: (message) => command('error', message),
    mask: (secret) => {
      if (secret) command('add-mask', secret);
    },
    async group(title, action) {
      write(`::group::${escapeData(title)}${EOL}`);
      try {
        return await action();
      } finally {
        write(`::endgroup::${EOL}`);
      }
    },
  };
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
