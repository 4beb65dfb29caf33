import type { SourceRange } from '../../core/location';
import { parseDockerfile, type Segment } from '../iac/parsers/dockerfile';
import { splitStages, type DockerfileStage } from '../iac/parsers/dockerfile-stages';
import { splitWords } from '../iac/parsers/dockerfile-words';

export interface ImageStage extends DockerfileStage {
  /** Where the image reference stands after FROM: a newer base image replaces exactly this. */
  imageRange: SourceRange;
}

/** The Dockerfile an image was built from, for anchoring image findings on its FROM and RUN lines. */
export interface ParsedDockerfile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  stages: ImageStage[];
}

export function readDockerfile(path: string, text: string): ParsedDockerfile {
  const parsed = parseDockerfile(text);
  const stages = splitStages(parsed).stages.map((stage) => ({
    ...stage,
    imageRange: imageRange(stage, parsed.escape),
  }));
  return { path, stages };
}

/**
 * The stages whose layers end up in the final image: the last stage and the stages it is built
 * FROM, base first. `COPY --from` stages contribute files, not layers, so they are left out.
 */
export function finalStageChain(dockerfile: ParsedDockerfile): ImageStage[] {
  const chain: ImageStage[] = [];
  for (let stage = dockerfile.stages.at(-1); stage;) {
    chain.unshift(stage);
    stage = stage.baseStage === undefined ? undefined : dockerfile.stages[stage.baseStage];
  }
  return chain;
}

function imageRange(stage: DockerfileStage, escape: string): SourceRange {
  const { from } = stage;
  const word = splitWords(from.args, escape)[0];
  const start = word && positionOf(from.segments, word.start);
  const last = word && positionOf(from.segments, word.end - 1);
  if (!start || !last) return from.range;
  return { startLine: start.line, startColumn: start.column, endLine: last.line, endColumn: last.column + 1 };
}

/** The line and column of an offset into the joined arguments. */
function positionOf(
  segments: readonly Segment[],
  offset: number,
): { line: number; column: number } | undefined {
  let start = 0;
  for (const segment of segments) {
    if (offset < start + segment.text.length)
      return { line: segment.line, column: segment.column + offset - start };
    start += segment.text.length;
  }
  return undefined;
}
