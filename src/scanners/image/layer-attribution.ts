import type { DockerfileInstruction } from '../iac/parsers/dockerfile';
import { finalStageChain, type ImageStage, type ParsedDockerfile } from './image-dockerfile';
import type { TrivyMetadata } from './trivy-report-types';

/** Where a layer of the image came from, as far as the image history and the Dockerfile tell. */
export type LayerOrigin =
  | { kind: 'instruction'; instruction: DockerfileInstruction }
  | { kind: 'base'; stage: ImageStage }
  | { kind: 'unknown'; stage: ImageStage };

/**
 * Maps image layers to Dockerfile lines. The image config lists one history entry per build
 * step; the steps that wrote files (not `empty_layer`) pair up, in order, with the layer diff ids.
 * Each such entry's `created_by` is compared with the RUN/COPY/ADD instructions of the final stage
 * chain, from the last one backwards; layers older than the first matched one came with the base
 * image. When the history is missing or does not line up, nothing is claimed.
 */
export class LayerAttribution {
  private readonly originByDiffId = new Map<string, LayerOrigin>();
  readonly baseStage: ImageStage | undefined;
  /** A final stage without RUN/COPY/ADD/WORKDIR adds no layer: everything came with the base image. */
  private readonly onlyBase: boolean = false;

  constructor(dockerfile: ParsedDockerfile, metadata: TrivyMetadata | undefined) {
    const chain = finalStageChain(dockerfile);
    this.baseStage = chain[0];
    if (!this.baseStage) return;
    const instructions = chain
      .flatMap((stage) => stage.instructions)
      .filter((i) => LAYER_KEYWORDS.has(i.keyword));
    this.onlyBase = instructions.length === 0;
    const layers = layerHistory(metadata);
    if (!layers || this.onlyBase) return;
    const matched = matchLayers(layers, instructions);
    const firstOwn = matched.size > 0 ? Math.min(...matched.keys()) : -1;
    layers.forEach((layer, index) => {
      const instruction = matched.get(index);
      const origin: LayerOrigin = instruction
        ? { kind: 'instruction', instruction }
        : { kind: index < firstOwn ? 'base' : 'unknown', stage: this.baseStage! };
      this.originByDiffId.set(layer.diffId, origin);
    });
  }

  originOf(diffId: string | undefined): LayerOrigin | undefined {
    if (!this.baseStage) return undefined;
    if (this.onlyBase) return { kind: 'base', stage: this.baseStage };
    return (
      (diffId ? this.originByDiffId.get(diffId) : undefined) ?? { kind: 'unknown', stage: this.baseStage }
    );
  }
}

/** Pairs layers with instructions from the end backwards, so a base image running the same command does not steal the match. */
function matchLayers(
  layers: { createdBy: string }[],
  instructions: DockerfileInstruction[],
): Map<number, DockerfileInstruction> {
  const matched = new Map<number, DockerfileInstruction>();
  let next = instructions.length - 1;
  for (let layer = layers.length - 1; layer >= 0 && next >= 0; layer--) {
    for (let candidate = next; candidate >= 0; candidate--) {
      if (createdBy(layers[layer]!.createdBy, instructions[candidate]!)) {
        matched.set(layer, instructions[candidate]!);
        next = candidate - 1;
        break;
      }
    }
  }
  return matched;
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

function layerHistory(
  metadata: TrivyMetadata | undefined,
): { diffId: string; createdBy: string }[] | undefined {
  const config = metadata?.ImageConfig;
  const diffIds = config?.rootfs?.diff_ids ?? metadata?.DiffIDs;
  const history = Array.isArray(config?.history)
    ? config.history.filter((entry) => entry && !entry.empty_layer)
    : [];
  if (!Array.isArray(diffIds) || diffIds.length === 0 || history.length !== diffIds.length) return undefined;
  return diffIds.map((diffId, index) => ({
    diffId: String(diffId),
    createdBy: typeof history[index]?.created_by === 'string' ? history[index]!.created_by! : '',
  }));
}

/** Whether a history `created_by` text records this instruction (BuildKit and the classic builder differ). */
export function createdBy(history: string, instruction: DockerfileInstruction): boolean {
  const text = history.replace(/\s*#\s*buildkit\s*$/, '').trim();
  if (instruction.keyword === 'RUN') {
    const recorded = runCommandOf(text);
    const written = normalise(instruction.exec?.join(' ') ?? instruction.args);
    if (recorded === undefined || written === '') return false;
    return (
      recorded === written ||
      (written.length >= 40 &&
        recorded.length >= 40 &&
        (recorded.includes(written) || written.includes(recorded)))
    );
  }
  if (instruction.keyword === 'WORKDIR') return normalise(text) === normalise(`WORKDIR ${instruction.args}`);
  const classic = /^\/bin\/sh -c #\(nop\)\s+(COPY|ADD) \S+ in (\S+)/.exec(text);
  if (classic) return classic[1] === instruction.keyword && sameDestination(classic[2]!, instruction.args);
  const buildkit = /^(COPY|ADD)\s+(.*)$/.exec(text);
  return (
    buildkit !== null &&
    buildkit[1] === instruction.keyword &&
    normalise(stripFlags(buildkit[2]!)) === normalise(instruction.args)
  );
}

function runCommandOf(text: string): string | undefined {
  if (text.includes('#(nop)')) return undefined;
  let command = text.replace(/^RUN\s+/, '');
  const args = /^\|(\d+)\s+/.exec(command);
  if (args) {
    command = command.slice(args[0].length);
    for (let count = Number(args[1]); count > 0; count--) command = command.replace(/^\S+=\S*\s*/, '');
  }
  const shell = /^\/\S+(?:\s+-[-\w]+(?:\s+\w+)?)*?\s+-c\s+/.exec(command);
  if (shell) command = command.slice(shell[0].length);
  return normalise(command);
}

function stripFlags(args: string): string {
  return args.replace(/^(\s*--\S+)+\s*/, '');
}

function sameDestination(recorded: string, args: string): boolean {
  const parts = args.trim().split(/\s+/);
  const destination = parts.at(-1) ?? '';
  return trimSlash(destination) === trimSlash(recorded);
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
