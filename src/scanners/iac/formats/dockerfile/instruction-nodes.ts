import { lineRange, type SourceRange } from '../../../../core/location';
import type { ListNode, MapNode, ModelNode, ScalarNode } from '../../model/node';
import type { DockerfileInstruction, Segment } from '../../parsers/dockerfile';
import type { DockerfileStage } from '../../parsers/dockerfile-stages';
import { keyValues, splitWords } from '../../parsers/dockerfile-words';

/** Converts one parsed instruction into the map documented in README.md. */
export function instructionNode(instruction: DockerfileInstruction, escape: string): MapNode {
  const { range, keyword } = instruction;
  const firstLine = lineRange(range.startLine, range.startColumn, range.startColumn + keyword.length);
  const entries = new Map<string, ModelNode>([
    ['instruction', scalar(keyword, firstLine)],
    ['arguments', scalar(instruction.args, range)],
    ['flags', flagsNode(instruction, firstLine)],
    ['form', scalar(instruction.exec ? 'exec' : 'shell', range)],
    [
      'segments',
      list(
        instruction.segments.map((segment) => scalar(segment.text, segmentRange(segment))),
        range,
      ),
    ],
    [
      'heredocs',
      list(
        instruction.heredocs.map((heredoc) => heredocNode(heredoc)),
        range,
      ),
    ],
  ]);
  if (instruction.exec)
    entries.set(
      'exec',
      list(
        instruction.exec.map((item) => scalar(item, range)),
        range,
      ),
    );
  for (const [key, value] of keywordEntries(instruction, escape)) entries.set(key, value);
  return { kind: 'map', entries, range };
}

/** Adds what FROM resolved to: the image after ARG substitution, its parts, the stage name and base stage. */
export function addFromEntries(
  node: MapNode,
  stage: DockerfileStage,
  stages: readonly DockerfileStage[],
): void {
  const range = stage.from.range;
  const { image } = stage;
  node.entries.set('imageWritten', scalar(image.written, range));
  node.entries.set(
    'image',
    'value' in image.resolved
      ? scalar(image.resolved.value, range)
      : { kind: 'unknown', reason: image.resolved.unknown, range },
  );
  if (image.repository !== undefined) node.entries.set('repository', scalar(image.repository, range));
  if (image.tag !== undefined) node.entries.set('tag', scalar(image.tag, range));
  if (image.digest !== undefined) node.entries.set('digest', scalar(image.digest, range));
  if (stage.name) node.entries.set('stageName', scalar(stage.name, range));
  const base = stage.baseStage === undefined ? undefined : stages[stage.baseStage];
  if (base) node.entries.set('baseStage', scalar(base.name ?? String(base.index), range));
}

function keywordEntries(instruction: DockerfileInstruction, escape: string): [string, ModelNode][] {
  const { args, range } = instruction;
  switch (instruction.keyword) {
    case 'ENV':
    case 'ARG':
    case 'LABEL': {
      const pairs = keyValues(args, escape, instruction.keyword === 'ENV');
      const lineOf = segmentLines(instruction.segments);
      const entries = new Map<string, ModelNode>();
      for (const pair of pairs) {
        const at = lineRange(lineOf(pair.start) ?? range.startLine);
        entries.set(pair.key, { ...scalar(pair.value ?? null, at), keyRange: at });
      }
      return [['variables', { kind: 'map', entries, range }]];
    }
    case 'USER': {
      const [user, group] = (splitWords(args, escape)[0]?.value ?? '').split(':');
      return [
        ['user', scalar(user ?? '', range)],
        ...(group !== undefined ? ([['group', scalar(group, range)]] as [string, ModelNode][]) : []),
      ];
    }
    case 'EXPOSE': {
      const lineOf = segmentLines(instruction.segments);
      const ports = splitWords(args, escape).map((word) =>
        scalar(word.value, lineRange(lineOf(word.start) ?? range.startLine)),
      );
      return [['ports', list(ports, range)]];
    }
    case 'WORKDIR':
      return [['path', scalar(instruction.exec?.[0] ?? splitWords(args, escape)[0]?.value ?? '', range)]];
    case 'HEALTHCHECK':
      return [['none', scalar(/^none$/i.test(args.trim()), range)]];
    case 'ONBUILD':
      return [['trigger', scalar((/^\S+/.exec(args)?.[0] ?? '').toUpperCase(), range)]];
    default:
      return [];
  }
}

function flagsNode(instruction: DockerfileInstruction, range: SourceRange): MapNode {
  const entries = new Map<string, ModelNode>();
  for (const flag of instruction.flags) {
    const value = scalar(flag.value ?? true, range);
    const existing = entries.get(flag.name);
    if (!existing) entries.set(flag.name, value);
    else if (existing.kind === 'list') existing.items.push(value);
    else entries.set(flag.name, list([existing, value], range));
  }
  return { kind: 'map', entries, range };
}

function heredocNode(heredoc: DockerfileInstruction['heredocs'][number]): MapNode {
  const { range } = heredoc;
  return {
    kind: 'map',
    range,
    entries: new Map<string, ModelNode>([
      ['name', scalar(heredoc.name, range)],
      ['content', scalar(heredoc.content, range)],
      ['stripTabs', scalar(heredoc.stripTabs, range)],
      ['quoted', scalar(heredoc.quoted, range)],
      ['terminated', scalar(heredoc.terminated, range)],
    ]),
  };
}

/** Finds the physical line of an offset of the joined arguments, by binary search over the segments. */
export function segmentLines(segments: readonly Segment[]): (offset: number) => number | undefined {
  const starts: number[] = [];
  let start = 0;
  for (const segment of segments) {
    starts.push(start);
    start += segment.text.length;
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return segments[low]?.line;
  };
}

function segmentRange(segment: Segment): SourceRange {
  return lineRange(segment.line, segment.column, segment.column + segment.text.length);
}

function scalar(value: string | number | boolean | null, range: SourceRange): ScalarNode {
  return { kind: 'scalar', value, range };
}

function list(items: ModelNode[], range: SourceRange): ListNode {
  return { kind: 'list', items, range };
}
