import type { SourceRange } from '../../../../core/location';
import type { ModelNode } from '../../model/node';

/** YAML short forms and the long form each stands for. */
const SHORT_FORMS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!If': 'Fn::If',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!GetAZs': 'Fn::GetAZs',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
};

/** Turns `!GetAtt Bucket.Arn` into `{ "Fn::GetAtt": ["Bucket", "Arn"] }`, the form the evaluator reads. */
export function expandShortForm(tag: string, value: ModelNode, range: SourceRange): ModelNode {
  const name = SHORT_FORMS[tag];
  if (!name) return value;
  let argument = value;
  if (name === 'Fn::GetAtt' && value.kind === 'scalar' && typeof value.value === 'string') {
    const dot = value.value.indexOf('.');
    const parts = dot === -1 ? [value.value] : [value.value.slice(0, dot), value.value.slice(dot + 1)];
    argument = { kind: 'list', range, items: parts.map((part) => ({ kind: 'scalar', value: part, range })) };
  }
  return { kind: 'map', range, entries: new Map([[name, argument]]) };
}
