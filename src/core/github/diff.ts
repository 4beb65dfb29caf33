/**
 * Unified diffs, read for one question: may a review comment sit on this line? GitHub accepts a comment
 * on any line of a hunk of the pull request's diff (added or context on the RIGHT side, deleted or context
 * on the LEFT), and a multi-line comment only when both ends are in the same hunk.
 */
export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** New-side lines shown in the hunk: added and context. */
  right: Set<number>;
  /** New-side lines the pull request added or changed. */
  added: Set<number>;
  /** Old-side lines shown in the hunk: deleted and context. */
  left: Set<number>;
}

export interface FileDiff {
  path: string;
  oldPath?: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  hunks: Hunk[];
  /** Binary, or too large for GitHub to show: no line takes a comment. */
  opaque: boolean;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Reads `git diff` output (several files). */
export function parseGitDiff(text: string): FileDiff[] {
  const files: FileDiff[] = [];
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length) {
    if (!lines[index]!.startsWith('diff --git ')) {
      index++;
      continue;
    }
    const { file, next } = readFile(lines, index);
    files.push(file);
    index = next;
  }
  return files;
}

function readFile(lines: string[], start: number): { file: FileDiff; next: number } {
  const file: FileDiff = { path: '', status: 'modified', hunks: [], opaque: false };
  let oldPath: string | undefined;
  let index = start + 1;
  for (
    ;
    index < lines.length && !lines[index]!.startsWith('@@') && !lines[index]!.startsWith('diff --git ');
    index++
  ) {
    const line = lines[index]!;
    if (line.startsWith('new file mode')) file.status = 'added';
    else if (line.startsWith('deleted file mode')) file.status = 'removed';
    else if (line.startsWith('rename from ')) oldPath = unquote(line.slice(12));
    else if (line.startsWith('rename to ')) [file.status, file.path] = ['renamed', unquote(line.slice(10))];
    else if (line.startsWith('Binary files ') || line.startsWith('GIT binary patch')) file.opaque = true;
    else if (line.startsWith('--- ') && !line.startsWith('--- /dev/null'))
      oldPath ??= stripSide(line.slice(4));
    else if (line.startsWith('+++ ') && !line.startsWith('+++ /dev/null'))
      file.path = stripSide(line.slice(4));
  }
  if (!file.path) file.path = oldPath ?? pathFromHeader(lines[start]!);
  if (oldPath !== undefined && oldPath !== file.path) file.oldPath = oldPath;
  while (index < lines.length && lines[index]!.startsWith('@@')) {
    const read = readHunk(lines, index);
    if (!read) break;
    file.hunks.push(read.hunk);
    index = read.next;
  }
  return { file, next: index };
}

/** Reads the `patch` field of GitHub's pull request files endpoint: hunks only, for one file. */
export function parsePatch(
  path: string,
  patch: string | undefined,
  status: FileDiff['status'] = 'modified',
): FileDiff {
  const file: FileDiff = { path, status, hunks: [], opaque: patch === undefined };
  if (patch === undefined) return file;
  const lines = patch.split('\n');
  let index = 0;
  while (index < lines.length) {
    const read = lines[index]!.startsWith('@@') ? readHunk(lines, index) : undefined;
    if (!read) {
      index++;
      continue;
    }
    file.hunks.push(read.hunk);
    index = read.next;
  }
  return file;
}

function readHunk(lines: string[], start: number): { hunk: Hunk; next: number } | undefined {
  const header = HUNK_HEADER.exec(lines[start]!);
  if (!header) return undefined;
  const hunk: Hunk = {
    oldStart: Number(header[1]),
    oldLines: header[2] === undefined ? 1 : Number(header[2]),
    newStart: Number(header[3]),
    newLines: header[4] === undefined ? 1 : Number(header[4]),
    right: new Set(),
    added: new Set(),
    left: new Set(),
  };
  let oldLine = hunk.oldStart;
  let newLine = hunk.newStart;
  let oldLeft = hunk.oldLines;
  let newLeft = hunk.newLines;
  let index = start + 1;
  // Counting by the header's lengths keeps a content line that starts with "diff" or "@@" inside the hunk.
  while (index < lines.length && (oldLeft > 0 || newLeft > 0)) {
    const line = lines[index++]!;
    const marker = line[0];
    if (marker === '\\') continue;
    if (marker === '+') {
      hunk.right.add(newLine);
      hunk.added.add(newLine++);
      newLeft--;
    } else if (marker === '-') {
      hunk.left.add(oldLine++);
      oldLeft--;
    } else {
      hunk.right.add(newLine++);
      hunk.left.add(oldLine++);
      newLeft--;
      oldLeft--;
    }
  }
  while (index < lines.length && lines[index]!.startsWith('\\')) index++;
  return { hunk, next: index };
}

function stripSide(name: string): string {
  const unquoted = unquote(name.replace(/\t$/, ''));
  return unquoted.replace(/^[ab]\//, '');
}

function pathFromHeader(header: string): string {
  const match = / b\/(.*)$/.exec(header);
  return match ? unquote(match[1]!) : '';
}

/** git quotes a path with unusual characters C-style: "a/dir/na\"me\303\251". */
function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else {
      const next = body[++index] ?? '';
      bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The pull request's diff, indexed by path. */
export class DiffIndex {
  private readonly files = new Map<string, FileDiff>();

  constructor(
    files: FileDiff[],
    /** Set when the diff is known to be incomplete (GitHub lists at most 3,000 files). */
    readonly truncated = false,
  ) {
    for (const file of files) this.files.set(file.path, file);
  }

  get size(): number {
    return this.files.size;
  }

  file(path: string): FileDiff | undefined {
    return this.files.get(path);
  }

  /** The hunk holding this new-side line, if a comment may sit there. */
  hunkAt(path: string, line: number): Hunk | undefined {
    const file = this.files.get(path);
    if (!file || file.opaque || file.status === 'removed') return undefined;
    return file.hunks.find((hunk) => hunk.right.has(line));
  }

  isCommentable(path: string, line: number): boolean {
    return this.hunkAt(path, line) !== undefined;
  }

  /** Lines start..end (new side) may carry one multi-line comment: all in one hunk. */
  isRangeCommentable(path: string, start: number, end: number): boolean {
    const hunk = this.hunkAt(path, start);
    if (!hunk) return false;
    for (let line = start; line <= end; line++) if (!hunk.right.has(line)) return false;
    return true;
  }

  /** The pull request added or changed this line (not just shown as context). */
  isAdded(path: string, line: number): boolean {
    return this.hunkAt(path, line)?.added.has(line) === true;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }
}
