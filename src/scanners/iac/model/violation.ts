import type { Fix } from '../../../core/finding';
import type { Violation } from '../../../core/engine';
import type { Rule } from '../../../core/rule-types';
import { anchorRange, type ModelNode } from './node';
import type { Resource } from './resource';
import type { IacModel } from './iac-model';

export type IacRule = Rule<IacModel>;

/**
 * A violation on a resource, pointing at the node that is wrong (or the resource
 * itself when the problem is something missing).
 */
export function flag(
  resource: Resource,
  node: ModelNode | undefined,
  message: string,
  extra: { fix?: Fix; properties?: Record<string, string | number | boolean> } = {},
): Violation {
  const range = node ? anchorRange(node) : { ...resource.range, endLine: resource.range.startLine };
  return {
    message,
    resource: resource.address,
    location: { kind: 'file', path: resource.file, range },
    ...extra,
  };
}
