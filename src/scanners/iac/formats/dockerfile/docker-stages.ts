import { lineRange } from '../../../../core/location';
import type { IacModel } from '../../model/iac-model';
import {
  bool,
  child,
  entries,
  items,
  str,
  text,
  type MapNode,
  type ModelNode,
  type ScalarNode,
} from '../../model/node';
import type { Resource } from '../../model/resource';

export interface DockerInstruction {
  node: MapNode;
  keyword: string;
  args: string;
  /** The exec (JSON) form's items, when written that way. */
  exec?: string[];
  line: number;
}

/** A build stage of a Dockerfile, read back from its resource for rules. */
export interface DockerStage {
  resource: Resource;
  index: number;
  name?: string;
  /** The last stage: what `docker build` produces without `--target`. */
  final: boolean;
  /** The final stage or a stage it builds on (`FROM <stage>`): their layers end up in the image. */
  ships: boolean;
  /** The stage this one builds on, when its FROM names an earlier stage. */
  base?: DockerStage;
  from: DockerInstruction;
  instructions: DockerInstruction[];
  /** ARG instructions before the first FROM, shared by every stage. */
  globalArgs: DockerInstruction[];
}

/** Every Dockerfile stage of the scan, in file order. */
export function dockerStages(model: IacModel): DockerStage[] {
  return model.view('dockerfile:stages', () => readStages(model));
}

function readStages(model: IacModel): DockerStage[] {
  const stages: DockerStage[] = [];
  const byFile = new Map<string, DockerStage[]>();
  for (const resource of model.ofType('dockerfile-stage')) {
    if (resource.format !== 'dockerfile') continue;
    const stage = toStage(resource);
    stages.push(stage);
    const siblings = byFile.get(resource.file) ?? [];
    siblings.push(stage);
    byFile.set(resource.file, siblings);
  }
  for (const siblings of byFile.values()) linkStages(siblings);
  return stages;
}

function toStage(resource: Resource): DockerStage {
  const body = resource.body;
  const instructions = items(child(body, 'instructions')).filter(isMap).map(toInstruction);
  return {
    resource,
    index: Number(text(child(body, 'index')) ?? 0),
    ...(str(child(body, 'name')) ? { name: str(child(body, 'name')) } : {}),
    final: bool(child(body, 'final')) === true,
    ships: false,
    from: instructions[0] ?? toInstruction(body),
    instructions,
    globalArgs: items(child(body, 'globalArgs')).filter(isMap).map(toInstruction),
  };
}

function linkStages(siblings: DockerStage[]): void {
  const byLabel = new Map(siblings.map((stage) => [stage.name ?? String(stage.index), stage]));
  for (const stage of siblings) {
    const base = str(child(stage.from.node, 'baseStage'));
    if (base !== undefined && byLabel.has(base)) stage.base = byLabel.get(base);
  }
  for (let stage = siblings.find((candidate) => candidate.final); stage && !stage.ships; stage = stage.base) {
    stage.ships = true;
  }
}

export function toInstruction(node: MapNode): DockerInstruction {
  const exec = child(node, 'exec');
  return {
    node,
    keyword: str(child(node, 'instruction')) ?? '',
    args: str(child(node, 'arguments')) ?? '',
    ...(exec ? { exec: items(exec).map((item) => text(item) ?? '') } : {}),
    line: node.range.startLine,
  };
}

export function ofKeyword(stage: DockerStage, ...keywords: string[]): DockerInstruction[] {
  return stage.instructions.filter((instruction) => keywords.includes(instruction.keyword));
}

/** A flag's value: the string, `true` for a bare flag, the last one when repeated. */
export function flagValue(instruction: DockerInstruction, name: string): string | true | undefined {
  const node = child(instruction.node, ['flags', name]);
  const last = node?.kind === 'list' ? node.items[node.items.length - 1] : node;
  if (last?.kind !== 'scalar') return undefined;
  return last.value === true ? true : (text(last) ?? undefined);
}

export function flagValues(instruction: DockerInstruction, name: string): string[] {
  const node = child(instruction.node, ['flags', name]);
  return (node?.kind === 'list' ? node.items : node ? [node] : [])
    .map(text)
    .filter((value): value is string => !!value);
}

/** ENV, ARG and LABEL pairs with their nodes (the node's range is the pair's line). */
export function variables(instruction: DockerInstruction): [string, ModelNode][] {
  return entries(child(instruction.node, 'variables'));
}

/** A node on one line, for a finding that should land exactly there. */
export function lineNode(line: number): ScalarNode {
  return { kind: 'scalar', value: null, range: lineRange(line) };
}

export interface Script {
  text: string;
  /** The physical line of an offset in `text`. */
  lineAt(offset: number): number;
}

/**
 * What a RUN executes, as text with its lines: the arguments (continuations joined; the exec form's
 * items joined by spaces) followed by every heredoc body.
 */
export function runScript(instruction: DockerInstruction): Script {
  const marks: { offset: number; line: number }[] = [];
  let text = '';
  const add = (part: string, line: number) => {
    marks.push({ offset: text.length, line });
    text += part;
  };
  if (instruction.exec) add(instruction.exec.join(' '), instruction.line);
  else
    for (const segment of items(child(instruction.node, 'segments')))
      add(str(segment) ?? '', segment.range.startLine);
  for (const heredoc of items(child(instruction.node, 'heredocs'))) {
    const content = str(child(heredoc, 'content')) ?? '';
    let line = heredoc.range.startLine;
    add('\n', line);
    for (const bodyLine of content.split('\n')) add(`${bodyLine}\n`, line++);
  }
  return {
    text,
    lineAt(offset) {
      let low = 0;
      let high = marks.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (marks[middle]!.offset <= offset) low = middle;
        else high = middle - 1;
      }
      return marks[low]?.line ?? instruction.line;
    },
  };
}

function isMap(node: ModelNode): node is MapNode {
  return node.kind === 'map';
}
