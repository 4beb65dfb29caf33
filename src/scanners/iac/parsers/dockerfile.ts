import type { SourceRange } from '../../../core/location';
import { extractFlags, type Flag } from './dockerfile-words';

export type { Flag } from './dockerfile-words';

/** The part of an instruction's arguments one physical line contributes. */
export interface Segment {
  text: string;
  line: number;
  /** 1-based column where `text` starts on its line. */
  column: number;
}

export interface Heredoc {
  name: string;
  /** `<<-EOF`: leading tabs are removed from the body and the terminator. */
  stripTabs: boolean;
  /** `<<"EOF"` or `<<'EOF'`: the body is taken literally, without variable expansion. */
  quoted: boolean;
  /** The body with a trailing newline, as BuildKit passes it on. */
  content: string;
  /** First body line through the terminator line. */
  range: SourceRange;
  terminated: boolean;
}

export interface DockerfileInstruction {
  /** Upper case: `RUN`, `FROM`, ... */
  keyword: string;
  /** After the keyword and its flags, with line continuations joined as BuildKit joins them. */
  args: string;
  flags: Flag[];
  /** The JSON (exec) form, when the arguments are a JSON array of strings. */
  exec?: string[];
  heredocs: Heredoc[];
  /** Concatenated, the segments' texts are exactly `args`; each remembers its line. */
  segments: Segment[];
  /** From the keyword through the last continuation line or heredoc terminator. */
  range: SourceRange;
}

export interface DockerfileComment {
  line: number;
  text: string;
}

export interface DockerfileDirective {
  name: string;
  value: string;
  line: number;
}

export interface DockerfileProblem {
  line: number;
  message: string;
}

export interface DockerfileParseResult {
  directives: DockerfileDirective[];
  /** The escape character in effect: `\` or, with `# escape=\``, a backtick. */
  escape: string;
  instructions: DockerfileInstruction[];
  /** Comment lines, kept for suppression comments. */
  comments: DockerfileComment[];
  problems: DockerfileProblem[];
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE = /^#\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/;
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);
const KNOWN_INSTRUCTIONS = new Set([
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
]);
/** `<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`, as a whole word. */
const HEREDOC_MARKER = /(^|[ \t])\d*<<(-?)(["']?)([A-Za-z0-9_.-]+)\3(?=[ \t]|$)/g;

/**
 * Reads a Dockerfile the way BuildKit does, keeping positions: parser directives at the top, comment
 * lines (also inside continuations), line continuations with the escape character, heredocs, flags
 * and the exec form. Never throws; malformed input becomes problems. Linear in the size of the text.
 */
export function parseDockerfile(text: string): DockerfileParseResult {
  const lines = text.split(/\r?\n/);
  const result: DockerfileParseResult = {
    directives: [],
    escape: '\\',
    instructions: [],
    comments: [],
    problems: [],
  };
  let index = readDirectives(lines, result);
  const continuation = new RegExp(`${escapeRegExp(result.escape)}[ \\t]*$`);
  while (index < lines.length) {
    const raw = lines[index]!;
    const trimmed = raw.trimStart();
    if (trimmed === '') {
      index++;
    } else if (trimmed.startsWith('#')) {
      result.comments.push({ line: index + 1, text: trimmed });
      index++;
    } else {
      index = readInstruction(lines, index, continuation, result);
    }
  }
  return result;
}

function readDirectives(lines: string[], result: DockerfileParseResult): number {
  let index = 0;
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index]!.trim());
    const name = match?.[1]!.toLowerCase();
    if (!match || !name || !KNOWN_DIRECTIVES.has(name)) break;
    if (result.directives.some((directive) => directive.name === name)) {
      result.problems.push({ line: index + 1, message: `parser directive "${name}" appears twice` });
      break;
    }
    const value = match[2]!;
    result.directives.push({ name, value, line: index + 1 });
    result.comments.push({ line: index + 1, text: lines[index]!.trim() });
    if (name === 'escape') {
      if (value === '\\' || value === '`') result.escape = value;
      else
        result.problems.push({
          line: index + 1,
          message: `invalid escape character "${value}"; only \\ or \` are allowed`,
        });
    }
  }
  return index;
}

function readInstruction(
  lines: string[],
  start: number,
  continuation: RegExp,
  result: DockerfileParseResult,
): number {
  const raw = lines[start]!;
  const indent = raw.length - raw.trimStart().length;
  const [firstText, continues] = trimContinuation(raw.slice(indent), continuation);
  const segments: Segment[] = [{ text: firstText, line: start + 1, column: indent + 1 }];
  let index = start + 1;
  let open = continues;
  while (open && index < lines.length) {
    const line = lines[index]!;
    const trimmed = line.trimStart();
    index++;
    if (trimmed.startsWith('#')) result.comments.push({ line: index, text: trimmed });
    if (trimmed.startsWith('#') || trimmed === '') continue;
    const [text, more] = trimContinuation(line, continuation);
    segments.push({ text, line: index, column: 1 });
    open = more;
  }
  const range = {
    startLine: start + 1,
    startColumn: indent + 1,
    endLine: index,
    endColumn: (lines[index - 1] ?? '').length + 1,
  };
  const instruction = buildInstruction(segments, result, range);
  if (!instruction) return index;
  const next =
    HEREDOC_INSTRUCTIONS.has(instruction.keyword) && !instruction.exec
      ? readHeredocs(lines, index, instruction, result)
      : index;
  result.instructions.push(instruction);
  return next;
}

function buildInstruction(
  segments: Segment[],
  result: DockerfileParseResult,
  range: SourceRange,
): DockerfileInstruction | undefined {
  const joined = segments.map((segment) => segment.text).join('');
  const keywordMatch = /^[ \t]*(\S+)[ \t]*/.exec(joined);
  if (!keywordMatch) {
    result.problems.push({ line: range.startLine, message: 'a line continuation without an instruction' });
    return undefined;
  }
  const keyword = keywordMatch[1]!.toUpperCase();
  if (!KNOWN_INSTRUCTIONS.has(keyword))
    result.problems.push({ line: range.startLine, message: `unknown instruction "${keywordMatch[1]}"` });
  const afterKeyword = keywordMatch[0].length;
  const { flags, rest } =
    keyword === 'ONBUILD' ? { flags: [], rest: 0 } : extractFlags(joined.slice(afterKeyword), result.escape);
  const argsStart = afterKeyword + rest;
  const args = joined.slice(argsStart).trimEnd();
  const instruction: DockerfileInstruction = {
    keyword,
    args,
    flags,
    heredocs: [],
    segments: sliceSegments(segments, argsStart, args.length),
    range,
  };
  const exec = parseExecForm(args);
  if (exec) instruction.exec = exec;
  return instruction;
}

/** The parts of the segments covering `[start, start + length)` of their concatenation. */
function sliceSegments(segments: Segment[], start: number, length: number): Segment[] {
  const result: Segment[] = [];
  const end = start + length;
  let offset = 0;
  for (const segment of segments) {
    const segmentEnd = offset + segment.text.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, segmentEnd);
    if (to > from) {
      result.push({
        text: segment.text.slice(from - offset, to - offset),
        line: segment.line,
        column: segment.column + (from - offset),
      });
    }
    offset = segmentEnd;
  }
  return result;
}

function parseExecForm(args: string): string[] | undefined {
  if (!args.startsWith('[') || !args.endsWith(']')) return undefined;
  try {
    const parsed: unknown = JSON.parse(args);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed as string[];
  } catch {
    // Not JSON: BuildKit runs it in the shell form.
  }
  return undefined;
}

/** Bodies follow the instruction's last line, in the order their markers appear. */
function readHeredocs(
  lines: string[],
  start: number,
  instruction: DockerfileInstruction,
  result: DockerfileParseResult,
): number {
  let index = start;
  for (const match of instruction.args.matchAll(HEREDOC_MARKER)) {
    const stripTabs = match[2] === '-';
    const name = match[4]!;
    const bodyStart = index;
    const body: string[] = [];
    let terminated = false;
    while (index < lines.length) {
      const line = stripTabs ? lines[index]!.replace(/^\t+/, '') : lines[index]!;
      index++;
      if (line === name) {
        terminated = true;
        break;
      }
      body.push(line);
    }
    if (!terminated) {
      result.problems.push({
        line: instruction.range.startLine,
        message: `heredoc <<${name} is never terminated`,
      });
    }
    instruction.heredocs.push({
      name,
      stripTabs,
      quoted: match[3] !== '',
      content: body.length > 0 ? `${body.join('\n')}\n` : '',
      range: {
        startLine: Math.min(bodyStart + 1, index),
        startColumn: 1,
        endLine: Math.max(index, 1),
        endColumn: (lines[index - 1] ?? '').length + 1,
      },
      terminated,
    });
    instruction.range = {
      ...instruction.range,
      endLine: Math.max(index, 1),
      endColumn: (lines[index - 1] ?? '').length + 1,
    };
  }
  return index;
}

function trimContinuation(line: string, continuation: RegExp): [string, boolean] {
  const match = continuation.exec(line);
  return match ? [line.slice(0, match.index), true] : [line, false];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
