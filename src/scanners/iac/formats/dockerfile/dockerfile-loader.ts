import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import type { MapNode, ModelNode } from '../../model/node';
import { parseDockerfile } from '../../parsers/dockerfile';
import { splitStages, type DockerfileStage } from '../../parsers/dockerfile-stages';
import { addFromEntries, instructionNode } from './instruction-nodes';

/** `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `api.Dockerfile`, in any case. */
const DOCKERFILE_NAME = /^(?:(?:docker|container)file(?:\.[^/]+)?|[^/]+\.(?:docker|container)file)$/i;
/** Files named like `Dockerfile.md` are about Dockerfiles, not Dockerfiles; templates are not buildable as they are. */
const NOT_DOCKERFILE_EXTENSIONS = new Set([
  'md',
  'markdown',
  'rst',
  'txt',
  'json',
  'yml',
  'yaml',
  'sh',
  'ps1',
  'bat',
  'py',
  'js',
  'ts',
  'go',
  'orig',
  'rej',
  'patch',
  'diff',
  'bak',
  'j2',
  'jinja',
  'tpl',
  'tmpl',
  'template',
  'erb',
  'mustache',
  'hbs',
]);
/** An extensionless file whose first instruction is FROM or ARG (after comments and parser directives). */
const SNIFF = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:FROM[ \t]+(?:--\S+[ \t]+)*[\w$]|ARG[ \t]+[A-Za-z_])/i;
const HAS_FROM = /^[ \t]*FROM[ \t]+\S/im;

export function isDockerfileName(basename: string): boolean {
  if (!DOCKERFILE_NAME.test(basename)) return false;
  const dot = basename.lastIndexOf('.');
  const extension = dot === -1 ? '' : basename.slice(dot + 1).toLowerCase();
  return !NOT_DOCKERFILE_EXTENSIONS.has(extension);
}

export function looksLikeDockerfile(file: FileInput): boolean {
  if (file.extension !== '') return false;
  const head = file.text.slice(0, 64 * 1024);
  return SNIFF.test(head) && HAS_FROM.test(file.text);
}

export const dockerfileLoader: FormatLoader = {
  format: 'dockerfile',
  accepts: (file) => isDockerfileName(file.basename) || looksLikeDockerfile(file),
  load(file: FileInput, sink: LoadSink): boolean {
    const named = isDockerfileName(file.basename);
    const parsed = parseDockerfile(file.text);
    const { globalArgs, stages, problems } = splitStages(parsed);
    // A file recognised by content must read as a Dockerfile throughout, or it is something else (a Makefile).
    if (!named && parsed.problems.some((problem) => problem.message.startsWith('unknown instruction')))
      return false;
    if (stages.length === 0) {
      if (!named) return false;
      sink.addNotice({
        kind: 'parse-error',
        path: file.path,
        message: 'no FROM instruction: not a Dockerfile that can be built',
      });
      return true;
    }
    for (const problem of [...parsed.problems, ...problems]) {
      sink.addNotice({
        kind: 'parse-error',
        path: file.path,
        line: problem.line,
        message: `Dockerfile: ${problem.message}`,
      });
    }
    const globalNodes = globalArgs.map((instruction) => instructionNode(instruction, parsed.escape));
    for (const stage of stages) {
      const body = stageBody(stage, stages, globalNodes, parsed.escape);
      const label = stage.name ?? String(stage.index);
      sink.addResource({
        type: 'dockerfile-stage',
        address: `Dockerfile:${label}`,
        platform: 'dockerfile',
        format: 'dockerfile',
        file: file.path,
        range: stage.range,
        body,
        meta: {
          stage: label,
          index: String(stage.index),
          final: String(stage.index === stages.length - 1),
          image: 'value' in stage.image.resolved ? stage.image.resolved.value : undefined,
          baseStage: stage.baseStage === undefined ? undefined : String(stage.baseStage),
        },
      });
    }
    return true;
  },
};

function stageBody(
  stage: DockerfileStage,
  stages: readonly DockerfileStage[],
  globalArgs: MapNode[],
  escape: string,
): MapNode {
  const range = stage.range;
  const instructions = stage.instructions.map((instruction) => instructionNode(instruction, escape));
  const from = instructions[0]!;
  addFromEntries(from, stage, stages);
  const entries = new Map<string, ModelNode>([
    ['name', { kind: 'scalar', value: stage.name ?? null, range: from.range }],
    ['index', { kind: 'scalar', value: stage.index, range: from.range }],
    ['final', { kind: 'scalar', value: stage.index === stages.length - 1, range: from.range }],
    ['from', from],
    ['instructions', { kind: 'list', items: instructions, range }],
    ['globalArgs', { kind: 'list', items: globalArgs, range: globalArgs[0]?.range ?? from.range }],
  ]);
  return { kind: 'map', entries, range };
}
