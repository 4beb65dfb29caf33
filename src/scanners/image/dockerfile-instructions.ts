/**
 * Just enough of the Dockerfile syntax to anchor image findings on lines: instructions with their
 * line spans (continuations, comments, heredocs, the escape directive) and the stages they form.
 */
export interface DockerInstruction {
  keyword: string;
  /** The arguments with continuations joined, as the builder sees them. */
  args: string;
  startLine: number;
  endLine: number;
}

export interface FromInstruction extends DockerInstruction {
  /** As written, e.g. `node:20-alpine`, `${BASE}`, `builder`. */
  image: string;
  /** 1-based columns of the image reference on the FROM line (end exclusive). */
  imageStartColumn: number;
  imageEndColumn: number;
  stageName?: string;
}

export interface DockerStage {
  from: FromInstruction;
  instructions: DockerInstruction[];
}

export interface ParsedDockerfile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  lines: string[];
  stages: DockerStage[];
}

const MAX_LINES = 100_000;

export function parseDockerfile(path: string, text: string): ParsedDockerfile {
  const lines = text.split(/\r?\n/).slice(0, MAX_LINES);
  const escape = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? '') ? '`' : '\\';
  const stages: DockerStage[] = [];
  for (const instruction of splitInstructions(lines, escape)) {
    if (instruction.keyword === 'FROM') {
      stages.push({ from: parseFrom(instruction, lines[instruction.startLine - 1] ?? ''), instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { path, lines, stages };
}

function splitInstructions(lines: string[], escape: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let index = 0;
  while (index < lines.length) {
    const first = lines[index]!;
    const startLine = index + 1;
    index++;
    if (/^\s*(#|$)/.test(first)) continue;
    let pending = continues(first, escape);
    const parts = [pending ? stripEscape(first, escape) : first];
    while (pending && index < lines.length) {
      const next = lines[index]!;
      index++;
      // The builder drops comment and empty lines inside a continued instruction.
      if (/^\s*(#|$)/.test(next)) continue;
      pending = continues(next, escape);
      parts.push(pending ? stripEscape(next, escape) : next);
    }
    const joined = parts.join('');
    const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(joined);
    if (!match) continue;
    const keyword = match[1]!.toUpperCase();
    const heredoc = /<<-?\s*["']?([A-Za-z_][\w-]*)["']?/.exec(match[2]!);
    if (heredoc && (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD')) {
      while (index < lines.length && lines[index]!.trim() !== heredoc[1]) index++;
      index = Math.min(index + 1, lines.length);
    }
    instructions.push({ keyword, args: match[2]!.trim(), startLine, endLine: index });
  }
  return instructions;
}

function continues(line: string, escape: string): boolean {
  return !/^\s*#/.test(line) && line.trimEnd().endsWith(escape);
}

function stripEscape(line: string, escape: string): string {
  const trimmed = line.trimEnd();
  return trimmed.slice(0, trimmed.length - escape.length);
}

function parseFrom(instruction: DockerInstruction, firstLine: string): FromInstruction {
  const tokens = instruction.args.split(/\s+/).filter((token) => token !== '');
  const imageIndex = tokens.findIndex((token) => !token.startsWith('--'));
  const image = imageIndex === -1 ? '' : tokens[imageIndex]!;
  const asIndex = tokens.findIndex((token, index) => index > imageIndex && token.toUpperCase() === 'AS');
  const stageName = asIndex === -1 ? undefined : tokens[asIndex + 1];
  const afterKeyword = firstLine.search(/from/i) + 4;
  const at = image === '' ? -1 : firstLine.indexOf(image, afterKeyword);
  const imageStartColumn = at === -1 ? 1 : at + 1;
  return {
    ...instruction,
    image,
    imageStartColumn,
    imageEndColumn: at === -1 ? firstLine.length + 1 : imageStartColumn + image.length,
    ...(stageName ? { stageName } : {}),
  };
}

/**
 * The stages whose layers end up in the final image: the last stage and the stages it is built
 * FROM, base first. `COPY --from` stages contribute files, not layers, so they are left out.
 */
export function finalStageChain(dockerfile: ParsedDockerfile): DockerStage[] {
  const chain: DockerStage[] = [];
  let stage = dockerfile.stages.at(-1);
  while (stage && !chain.includes(stage)) {
    chain.unshift(stage);
    const parentName = stage.from.image.toLowerCase();
    const position = dockerfile.stages.indexOf(stage);
    stage = dockerfile.stages
      .slice(0, position)
      .reverse()
      .find((candidate) => candidate.from.stageName?.toLowerCase() === parentName);
  }
  return chain;
}
