import type { SourceRange } from '../../../core/location';
import type { DockerfileInstruction, DockerfileParseResult, DockerfileProblem } from './dockerfile';
import { keyValues, splitWords, substitute, type Substituted } from './dockerfile-words';

export interface ImageReference {
  /** As written after FROM, before ARG substitution. */
  written: string;
  /** After substituting the global ARGs whose defaults are known. */
  resolved: Substituted;
  /** Repository with its registry, without tag or digest (`docker.io/library/node` stays `node`). */
  repository?: string;
  tag?: string;
  digest?: string;
}

export interface DockerfileStage {
  index: number;
  /** The `AS` name, lower case: BuildKit compares stage names without case. */
  name?: string;
  from: DockerfileInstruction;
  image: ImageReference;
  /** Index of the earlier stage this one builds on, when FROM names one. */
  baseStage?: number;
  /** The stage's instructions, FROM first. */
  instructions: DockerfileInstruction[];
  range: SourceRange;
}

export interface DockerfileStages {
  /** ARG instructions before the first FROM: the only variables FROM may use. */
  globalArgs: DockerfileInstruction[];
  stages: DockerfileStage[];
  problems: DockerfileProblem[];
}

/** Groups instructions into build stages and resolves each FROM image as far as the known ARG defaults allow. */
export function splitStages(parsed: DockerfileParseResult): DockerfileStages {
  const result: DockerfileStages = { globalArgs: [], stages: [], problems: [] };
  const globals = new Map<string, string | undefined>();
  const byName = new Map<string, DockerfileStage>();
  for (const instruction of parsed.instructions) {
    if (instruction.keyword === 'FROM') {
      const stage = newStage(instruction, result.stages.length, byName, globals, parsed.escape);
      result.stages.push(stage);
      if (stage.name && !byName.has(stage.name)) byName.set(stage.name, stage);
      continue;
    }
    const current = result.stages[result.stages.length - 1];
    if (current) {
      current.instructions.push(instruction);
      current.range = {
        ...current.range,
        endLine: instruction.range.endLine,
        endColumn: instruction.range.endColumn,
      };
    } else if (instruction.keyword === 'ARG') {
      result.globalArgs.push(instruction);
      for (const pair of keyValues(instruction.args, parsed.escape)) {
        const value = pair.value === undefined ? undefined : substitute(pair.value, globals);
        globals.set(pair.key, value && 'value' in value ? value.value : undefined);
      }
    } else {
      result.problems.push({
        line: instruction.range.startLine,
        message: `${instruction.keyword} before the first FROM; only ARG may come before it`,
      });
    }
  }
  return result;
}

function newStage(
  from: DockerfileInstruction,
  index: number,
  earlier: ReadonlyMap<string, DockerfileStage>,
  globals: ReadonlyMap<string, string | undefined>,
  escape: string,
): DockerfileStage {
  const words = splitWords(from.args, escape);
  const written = words[0]?.value ?? '';
  const name = words[1]?.value.toLowerCase() === 'as' ? words[2]?.value.toLowerCase() : undefined;
  const resolved: Substituted =
    written === '' ? { unknown: 'FROM names no image' } : substitute(written, globals);
  const image: ImageReference = {
    written,
    resolved,
    ...('value' in resolved ? parseImageReference(resolved.value) : {}),
  };
  const base = 'value' in resolved ? earlier.get(resolved.value.toLowerCase()) : undefined;
  return {
    index,
    ...(name ? { name } : {}),
    from,
    image,
    ...(base ? { baseStage: base.index } : {}),
    instructions: [from],
    range: from.range,
  };
}

/** `registry:5000/team/app:1.2@sha256:...` into repository, tag and digest. */
export function parseImageReference(reference: string): {
  repository: string;
  tag?: string;
  digest?: string;
} {
  const at = reference.indexOf('@');
  const withoutDigest = at === -1 ? reference : reference.slice(0, at);
  const digest = at === -1 ? undefined : reference.slice(at + 1);
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > withoutDigest.lastIndexOf('/');
  return {
    repository: hasTag ? withoutDigest.slice(0, colon) : withoutDigest,
    ...(hasTag ? { tag: withoutDigest.slice(colon + 1) } : {}),
    ...(digest ? { digest } : {}),
  };
}
