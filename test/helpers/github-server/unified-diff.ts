/**
 * The server's own reading of a `git diff` (kept independent of the library's parser, so a bug in one
 * cannot hide a bug in the other): per file, the hunks with the lines GitHub lets a review comment on.
 */
export interface ServerHunk {
  header: string;
  /** The hunk text as GitHub's `patch` field carries it (header included). */
  text: string;
  /** new-side line -> index of the line inside the hunk (for positions and diff_hunk excerpts). */
  right: Map<number, number>;
  left: Map<number, number>;
}

export interface ServerFileDiff {
  filename: string;
  previousFilename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  binary: boolean;
  hunks: ServerHunk[];
  additions: number;
  deletions: number;
}

export function readGitDiff(diff: string): ServerFileDiff[] {
  const files: ServerFileDiff[] = [];
  const chunks = diff.split(/^(?=diff --git )/m).filter((chunk) => chunk.startsWith('diff --git '));
  for (const chunk of chunks) files.push(readFileChunk(chunk));
  return files;
}

function readFileChunk(chunk: string): ServerFileDiff {
  const lines = chunk.split('\n');
  const file: ServerFileDiff = {
    filename: '',
    status: 'modified',
    binary: false,
    hunks: [],
    additions: 0,
    deletions: 0,
  };
  let oldName = '';
  let index = 1;
  for (; index < lines.length && !lines[index]!.startsWith('@@'); index++) {
    const line = lines[index]!;
    if (line.startsWith('new file mode')) file.status = 'added';
    else if (line.startsWith('deleted file mode')) file.status = 'removed';
    else if (line.startsWith('rename from ')) oldName = cUnquote(line.slice('rename from '.length));
    else if (line.startsWith('rename to ')) {
      file.status = 'renamed';
      file.filename = cUnquote(line.slice('rename to '.length));
    } else if (line.startsWith('Binary files')) file.binary = true;
    else if (line.startsWith('--- ') && line !== '--- /dev/null')
      oldName = oldName || stripPrefix(line.slice(4));
    else if (line.startsWith('+++ ') && line !== '+++ /dev/null') file.filename = stripPrefix(line.slice(4));
  }
  if (!file.filename) file.filename = oldName || (/^diff --git a\/(.*) b\//.exec(lines[0]!)?.[1] ?? '');
  if (file.status === 'renamed') file.previousFilename = oldName;
  while (index < lines.length && lines[index]!.startsWith('@@')) {
    const hunk = readHunk(lines, index, file);
    file.hunks.push(hunk.hunk);
    index = hunk.next;
  }
  return file;
}

function stripPrefix(name: string): string {
  return cUnquote(name.replace(/\t$/, '')).replace(/^[ab]\//, '');
}

/** git writes unusual names as C strings: "a/na\"me\303\251". */
function cUnquote(name: string): string {
  if (!/^".*"$/.test(name)) return name;
  const simple: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };
  const latin = name
    .slice(1, -1)
    .replace(/\\([0-7]{3}|.)/g, (_, code: string) =>
      code.length === 3 ? String.fromCharCode(parseInt(code, 8)) : (simple[code] ?? code),
    );
  return Buffer.from(latin, 'latin1').toString('utf8');
}

function readHunk(lines: string[], start: number, file: ServerFileDiff): { hunk: ServerHunk; next: number } {
  const header = lines[start]!;
  const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(header);
  if (!match) throw new Error(`bad hunk header: ${header}`);
  let oldLine = Number(match[1]);
  let newLine = Number(match[3]);
  let oldLeft = match[2] === undefined ? 1 : Number(match[2]);
  let newLeft = match[4] === undefined ? 1 : Number(match[4]);
  const hunk: ServerHunk = { header, text: header, right: new Map(), left: new Map() };
  let position = 0;
  let index = start + 1;
  while (index < lines.length && (oldLeft > 0 || newLeft > 0 || lines[index]!.startsWith('\\'))) {
    const line = lines[index]!;
    index++;
    hunk.text += `\n${line}`;
    position++;
    if (line.startsWith('\\')) continue;
    if (line.startsWith('+')) {
      hunk.right.set(newLine++, position);
      newLeft--;
      file.additions++;
    } else if (line.startsWith('-')) {
      hunk.left.set(oldLine++, position);
      oldLeft--;
      file.deletions++;
    } else {
      hunk.right.set(newLine++, position);
      hunk.left.set(oldLine++, position);
      oldLeft--;
      newLeft--;
    }
  }
  return { hunk, next: index };
}

/** The hunk a line of one side falls in, as GitHub decides whether a review comment may sit there. */
export function findHunk(file: ServerFileDiff, line: number, side: 'LEFT' | 'RIGHT'): ServerHunk | undefined {
  return file.hunks.find((hunk) => (side === 'RIGHT' ? hunk.right : hunk.left).has(line));
}
